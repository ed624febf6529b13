package com.partvote.application.auth;

import com.partvote.domain.member.Member;
import java.time.Instant;
import java.util.Objects;

/**
 * The result of a login or a refresh: a signed access token and a new refresh token. The raw
 * refresh token exists only here, on its way to the client; the store keeps its hash.
 */
public record IssuedTokens(Member member, String accessToken, Instant accessIssuedAt, Instant accessExpiresAt,
                           String refreshToken, Instant refreshExpiresAt) {
    public IssuedTokens {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accessIssuedAt, "accessIssuedAt");
        Objects.requireNonNull(accessExpiresAt, "accessExpiresAt");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(refreshExpiresAt, "refreshExpiresAt");
    }

    @Override
    public String toString() {
        return "IssuedTokens[member=" + member.id() + ", tokens=****]";
    }
}
