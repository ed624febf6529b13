package com.partvote.application.port.in;

import com.partvote.application.auth.AccessClaims;
import com.partvote.domain.session.SessionId;

/**
 * Ends one of the caller's own sessions, as a logout on that device would: its refresh tokens
 * and its access tokens stop working. Ending the caller's own session is a logout.
 */
public interface EndSessionUseCase {

    /** @throws com.partvote.domain.session.SessionNotFoundException not a live session of the caller's */
    void endSession(AccessClaims caller, SessionId session);
}
