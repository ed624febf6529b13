package com.partvote.application.service;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthSettings;
import com.partvote.application.port.in.EndSessionUseCase;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.TokenDenyListPort;
import com.partvote.domain.session.SessionId;
import com.partvote.domain.session.SessionNotFoundException;
import java.time.Clock;

/**
 * Ends one of the caller's sessions. The store revokes it only if it is the caller's own, so
 * another member's session is not found, exactly like an unknown one.
 */
public class EndSessionService implements EndSessionUseCase {

    private final SessionEnding ending;
    private final Clock clock;

    public EndSessionService(SessionPort sessions, TokenDenyListPort denyList, AuthSettings settings, Clock clock) {
        this.ending = new SessionEnding(sessions, denyList, settings);
        this.clock = clock;
    }

    @Override
    public void endSession(AccessClaims caller, SessionId session) {
        if (!ending.endOwn(caller.member(), session, clock.instant())) {
            throw new SessionNotFoundException();
        }
    }
}
