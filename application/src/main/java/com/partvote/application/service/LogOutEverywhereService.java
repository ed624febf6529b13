package com.partvote.application.service;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthSettings;
import com.partvote.application.port.in.LogOutEverywhereUseCase;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.TokenDenyListPort;
import com.partvote.domain.session.SessionId;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Revokes every session of the caller and denies their access tokens; the caller's own token too. */
public class LogOutEverywhereService implements LogOutEverywhereUseCase {

    private final SessionEnding ending;
    private final Clock clock;

    public LogOutEverywhereService(SessionPort sessions, TokenDenyListPort denyList, AuthSettings settings, Clock clock) {
        this.ending = new SessionEnding(sessions, denyList, settings);
        this.clock = clock;
    }

    @Override
    public List<SessionId> logOutEverywhere(AccessClaims caller) {
        Instant now = clock.instant();
        Set<SessionId> ended = new LinkedHashSet<>(ending.endAll(caller.member(), Optional.empty(), now));
        // the caller's own session ends even if a concurrent call revoked it a moment earlier
        if (ended.add(caller.session())) {
            ending.deny(List.of(caller.session()), now);
        }
        return List.copyOf(ended);
    }
}
