package com.partvote.application.service;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthSettings;
import com.partvote.application.port.in.LogOutUseCase;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.TokenDenyListPort;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Logging out revokes the caller's session and denies its access tokens. */
public class LogOutService implements LogOutUseCase {

    private final SessionPort sessions;
    private final TokenDenyListPort denyList;
    private final SessionEnding ending;
    private final Clock clock;

    public LogOutService(SessionPort sessions, TokenDenyListPort denyList, AuthSettings settings, Clock clock) {
        this.sessions = sessions;
        this.denyList = denyList;
        this.ending = new SessionEnding(sessions, denyList, settings);
        this.clock = clock;
    }

    @Override
    public void logOut(AccessClaims caller) {
        Instant now = clock.instant();
        sessions.revokeSession(caller.session(), now);
        denyList.deny(caller.tokenId(), caller.expiresAt());
        ending.deny(List.of(caller.session()), now);
    }
}
