package com.partvote.application.service;

import com.partvote.application.auth.AuthSettings;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.TokenDenyListPort;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.session.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Ends sessions as a logout does: revoked in the store, so that their refresh tokens stop working,
 * and their ids on the deny list for as long as an access token issued up to now can live, so
 * that their access tokens stop at once.
 */
final class SessionEnding {

    private final SessionPort sessions;
    private final TokenDenyListPort denyList;
    private final Duration accessTokenTtl;

    SessionEnding(SessionPort sessions, TokenDenyListPort denyList, AuthSettings settings) {
        this.sessions = sessions;
        this.denyList = denyList;
        this.accessTokenTtl = settings.accessTokenTtl();
    }

    /** Ends {@code session} if it is a live session of the member's; false, ending nothing, if not. */
    boolean endOwn(MemberId member, SessionId session, Instant now) {
        if (!sessions.revokeSessionOf(member, session, now)) {
            return false;
        }
        deny(List.of(session), now);
        return true;
    }

    /** Ends every session of the member but {@code keep}; returns those it ended. */
    List<SessionId> endAll(MemberId member, Optional<SessionId> keep, Instant now) {
        List<SessionId> ended = sessions.revokeSessionsOf(member, keep, now);
        deny(ended, now);
        return ended;
    }

    /** Denies the access tokens of sessions revoked by other means. */
    void deny(Collection<SessionId> ended, Instant now) {
        for (SessionId session : ended) {
            denyList.deny(session.value(), now.plus(accessTokenTtl));
        }
    }
}
