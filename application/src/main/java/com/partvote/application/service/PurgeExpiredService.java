package com.partvote.application.service;

import com.partvote.application.port.in.PurgeExpiredUseCase;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.TokenDenyListPort;
import java.time.Clock;
import java.time.Instant;

/** Forgets sessions and deny-list entries that can no longer matter. */
public class PurgeExpiredService implements PurgeExpiredUseCase {

    private final SessionPort sessions;
    private final TokenDenyListPort denyList;
    private final Clock clock;

    public PurgeExpiredService(SessionPort sessions, TokenDenyListPort denyList, Clock clock) {
        this.sessions = sessions;
        this.denyList = denyList;
        this.clock = clock;
    }

    @Override
    public Purged purgeExpired() {
        Instant now = clock.instant();
        return new Purged(sessions.purgeExpiredSessions(now), denyList.purgeExpiredDenials(now));
    }
}
