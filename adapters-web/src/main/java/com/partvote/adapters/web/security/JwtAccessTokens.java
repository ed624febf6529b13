package com.partvote.adapters.web.security;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.auth.AuthenticationFailedException.Reason;
import com.partvote.application.port.out.AccessTokenPort;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Part;
import com.partvote.domain.session.SessionId;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * HS256 access tokens, claim for claim what the old client decodes: {@code token_type},
 * {@code exp}, {@code iat}, {@code jti}, {@code user_id} and {@code user: {user_id, name, part}},
 * plus {@code sid}, the session the token belongs to. Only HS256 with our key is accepted:
 * unsigned tokens, other algorithms, refresh-typed tokens, and tokens that are expired, not yet
 * valid ({@code nbf}) or issued in the future ({@code iat}) beyond the allowed clock skew are
 * refused.
 */
public class JwtAccessTokens implements AccessTokenPort {

    static final String TYPE = "access";

    private final SecretKey key;
    private final JwtParser parser;
    private final Clock clock;
    private final Duration allowedClockSkew;

    public JwtAccessTokens(SecretKey key, Clock clock, Duration allowedClockSkew) {
        this.key = key;
        this.clock = clock;
        this.allowedClockSkew = allowedClockSkew;
        this.parser = Jwts.parser()
                .verifyWith(key)
                .clock(() -> Date.from(clock.instant()))
                .clockSkewSeconds(allowedClockSkew.toSeconds())
                .build();
    }

    @Override
    public String sign(AccessClaims claims) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("user_id", claims.member().value());
        user.put("name", claims.name());
        user.put("part", claims.part() == null ? null : claims.part().name());
        return Jwts.builder()
                .header().type("JWT").and()
                .claim("token_type", TYPE)
                .id(claims.tokenId().toString())
                .subject(Long.toString(claims.member().value()))
                .issuedAt(Date.from(claims.issuedAt()))
                .expiration(Date.from(claims.expiresAt()))
                .claim("user_id", claims.member().value())
                .claim("sid", claims.session().toString())
                .claim("user", user)
                .signWith(key, Jwts.SIG.HS256)
                .compact();
    }

    @Override
    public AccessClaims verify(String token) {
        Jws<Claims> jws;
        try {
            jws = parser.parseSignedClaims(token);
        } catch (ExpiredJwtException e) {
            throw new AuthenticationFailedException(Reason.TOKEN_EXPIRED);
        } catch (JwtException | IllegalArgumentException e) {
            throw new AuthenticationFailedException(Reason.TOKEN_INVALID);
        }
        if (!Jwts.SIG.HS256.getId().equals(jws.getHeader().getAlgorithm())) {
            throw new AuthenticationFailedException(Reason.TOKEN_INVALID);
        }
        Claims c = jws.getPayload();
        try {
            if (!TYPE.equals(c.get("token_type", String.class))) {
                throw new AuthenticationFailedException(Reason.TOKEN_INVALID);
            }
            Number userId = c.get("user_id", Number.class);
            String sid = c.get("sid", String.class);
            Map<?, ?> user = c.get("user", Map.class);
            if (userId == null || sid == null || c.getId() == null || c.getIssuedAt() == null
                    || c.getExpiration() == null) {
                throw new AuthenticationFailedException(Reason.TOKEN_INVALID);
            }
            // the parser checks exp and nbf; a token "issued" in the future was not issued by us
            if (c.getIssuedAt().toInstant().isAfter(clock.instant().plus(allowedClockSkew))) {
                throw new AuthenticationFailedException(Reason.TOKEN_INVALID);
            }
            String name = user == null ? null : (String) user.get("name");
            Object part = user == null ? null : user.get("part");
            return new AccessClaims(new MemberId(userId.longValue()), new SessionId(UUID.fromString(sid)),
                    UUID.fromString(c.getId()), c.getIssuedAt().toInstant(), c.getExpiration().toInstant(),
                    name, part == null ? null : Part.parse(part.toString()));
        } catch (AuthenticationFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            // wrong claim types, a non-UUID id, a non-positive user id...
            throw new AuthenticationFailedException(Reason.TOKEN_INVALID);
        }
    }
}
