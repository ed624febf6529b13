package com.partvote.application.port.in;

import com.partvote.application.auth.AccessClaims;
import com.partvote.domain.session.SessionId;
import java.time.Instant;
import java.util.List;

/** The caller's sessions (devices) that are still live, so that it can end the ones it does not know. */
public interface ListSessionsUseCase {

    /** Newest first; the caller's own session is the {@code current} one. */
    List<SessionView> listSessions(AccessClaims caller);

    record SessionView(SessionId id, Instant createdAt, Instant lastUsedAt, Instant expiresAt, boolean current) {
    }
}
