package com.partvote.application.service;

import com.partvote.application.auth.AuthSettings;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.auth.AuthenticationFailedException.Reason;
import com.partvote.application.auth.RefreshTokenCodec;
import com.partvote.application.port.in.RefreshSessionUseCase;
import com.partvote.application.port.out.AccessTokenPort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.TokenDenyListPort;
import com.partvote.domain.member.Member;
import com.partvote.domain.session.RefreshToken;
import java.time.Clock;
import java.time.Instant;

/**
 * Rotates a refresh token. A token rotated within the reuse interval (a second tab, a retry)
 * gets another successor in the same session; one rotated earlier is a copy and revokes it.
 */
public class RefreshSessionService implements RefreshSessionUseCase {

    private final LoadMemberPort members;
    private final SessionPort sessions;
    private final TokenDenyListPort denyList;
    private final AuthSettings settings;
    private final SessionTokens tokens;
    private final Clock clock;

    public RefreshSessionService(LoadMemberPort members, SessionPort sessions, TokenDenyListPort denyList,
                                 AccessTokenPort accessTokens, AuthSettings settings, Clock clock) {
        this.members = members;
        this.sessions = sessions;
        this.denyList = denyList;
        this.settings = settings;
        this.tokens = new SessionTokens(accessTokens, settings);
        this.clock = clock;
    }

    @Override
    public Outcome refresh(String presented) {
        if (presented == null || presented.isBlank()) {
            throw new AuthenticationFailedException(Reason.REFRESH_MISSING);
        }
        Instant now = clock.instant();
        String hash = RefreshTokenCodec.hash(presented);
        RefreshToken token = find(hash);
        RefreshToken.Verdict verdict = token.judge(now, settings.refreshReuseInterval());
        if (verdict == RefreshToken.Verdict.USABLE) {
            Member member = memberOf(token);
            String next = tokens.newRefreshToken();
            Instant nextExpiresAt = tokens.refreshExpiry(now);
            if (sessions.rotateRefreshToken(hash, RefreshTokenCodec.hash(next), now, nextExpiresAt)) {
                return new Refreshed(tokens.issue(member, token.session(), next, nextExpiresAt, now));
            }
            // Another request rotated this very token a moment ago: judge it again as rotated.
            token = find(hash);
            verdict = token.judge(now, settings.refreshReuseInterval());
        }
        return switch (verdict) {
            case REVOKED -> throw new AuthenticationFailedException(Reason.REFRESH_REVOKED);
            case EXPIRED -> throw new AuthenticationFailedException(Reason.REFRESH_EXPIRED);
            case REUSED -> revokeReplayedSession(token, now);
            case REUSED_IN_INTERVAL, USABLE -> successorInSameSession(token, now);
        };
    }

    private Outcome successorInSameSession(RefreshToken token, Instant now) {
        Member member = memberOf(token);
        String next = tokens.newRefreshToken();
        Instant nextExpiresAt = tokens.refreshExpiry(now);
        if (!sessions.addRefreshToken(token.session(), RefreshTokenCodec.hash(next), now, nextExpiresAt)) {
            throw new AuthenticationFailedException(Reason.REFRESH_REVOKED);
        }
        return new Refreshed(tokens.issue(member, token.session(), next, nextExpiresAt, now));
    }

    private Outcome revokeReplayedSession(RefreshToken token, Instant now) {
        sessions.revokeSession(token.session(), now);
        // Access tokens already handed out in this session die with it.
        denyList.deny(token.session().value(), now.plus(settings.accessTokenTtl()));
        return new ReplayRevoked();
    }

    private RefreshToken find(String hash) {
        return sessions.findRefreshToken(hash)
                .orElseThrow(() -> new AuthenticationFailedException(Reason.REFRESH_INVALID));
    }

    private Member memberOf(RefreshToken token) {
        return members.findMember(token.member())
                .orElseThrow(() -> new AuthenticationFailedException(Reason.REFRESH_INVALID));
    }
}
