package com.partvote.application.service;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.port.in.ListSessionsUseCase;
import com.partvote.application.port.out.SessionPort;
import java.time.Clock;
import java.util.List;

/** The caller's live sessions, its own marked as current. */
public class ListSessionsService implements ListSessionsUseCase {

    private final SessionPort sessions;
    private final Clock clock;

    public ListSessionsService(SessionPort sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public List<SessionView> listSessions(AccessClaims caller) {
        return sessions.liveSessionsOf(caller.member(), clock.instant()).stream()
                .map(s -> new SessionView(s.id(), s.createdAt(), s.lastUsedAt(), s.expiresAt(),
                        s.id().equals(caller.session())))
                .toList();
    }
}
