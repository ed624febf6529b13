package com.partvote.application.service;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthSettings;
import com.partvote.application.auth.IssuedTokens;
import com.partvote.application.auth.RefreshTokenCodec;
import com.partvote.application.port.out.AccessTokenPort;
import com.partvote.domain.member.Member;
import com.partvote.domain.session.SessionId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Mints the token pair a login or a refresh hands out: a signed access token naming its session, and a refresh token. */
final class SessionTokens {

    private final AccessTokenPort accessTokens;
    private final AuthSettings settings;
    private final RefreshTokenCodec refreshTokens = new RefreshTokenCodec();

    SessionTokens(AccessTokenPort accessTokens, AuthSettings settings) {
        this.accessTokens = accessTokens;
        this.settings = settings;
    }

    String newRefreshToken() {
        return refreshTokens.newToken();
    }

    Instant refreshExpiry(Instant now) {
        return now.plus(settings.refreshTokenTtl());
    }

    IssuedTokens issue(Member member, SessionId session, String refresh, Instant refreshExpiresAt, Instant now) {
        // JWT times have whole-second precision; truncate so the claims read back equal.
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(settings.accessTokenTtl());
        AccessClaims claims = new AccessClaims(member.id(), session, UUID.randomUUID(), issuedAt, expiresAt,
                member.name().value(), member.part());
        return new IssuedTokens(member, accessTokens.sign(claims), issuedAt, expiresAt, refresh, refreshExpiresAt);
    }
}
