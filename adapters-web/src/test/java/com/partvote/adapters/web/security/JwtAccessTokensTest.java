package com.partvote.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.port.out.AccessTokenPort;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Part;
import com.partvote.domain.session.SessionId;
import io.jsonwebtoken.Jwts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class JwtAccessTokensTest {

    static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");
    static final SecretKey KEY = new SecretKeySpec("k".repeat(32).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    static final SecretKey OTHER = new SecretKeySpec("o".repeat(32).getBytes(StandardCharsets.UTF_8), "HmacSHA256");

    final AccessClaims claims = new AccessClaims(new MemberId(7), SessionId.random(), UUID.randomUUID(), NOW,
            NOW.plusSeconds(7200), "김채림", Part.FE);

    static JwtAccessTokens at(Instant now) {
        return new JwtAccessTokens(KEY, Clock.fixed(now, ZoneOffset.UTC), Duration.ofSeconds(30));
    }

    static String reason(AccessTokenPort tokens, String token) {
        try {
            tokens.verify(token);
            return "ACCEPTED";
        } catch (AuthenticationFailedException e) {
            return e.code();
        }
    }

    @Test
    void whatIsSignedVerifiesToTheSameClaims() {
        String token = at(NOW).sign(claims);
        assertThat(at(NOW.plusSeconds(60)).verify(token)).isEqualTo(claims);
    }

    @Test
    void carriesTheClaimsTheOldClientDecodes() {
        String payload = new String(Base64.getUrlDecoder().decode(at(NOW).sign(claims).split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"token_type\":\"access\"", "\"user_id\":7", "\"part\":\"FE\"", "\"jti\":", "\"sid\":",
                "\"exp\":", "\"iat\":", "\"user\":{");
    }

    @Test
    void expiredTokensAreExpired() {
        String token = at(NOW).sign(claims);
        assertThat(reason(at(NOW.plusSeconds(7200 + 31)), token)).isEqualTo("TOKEN_EXPIRED");
    }

    @Test
    void forgedTokensAreInvalid() {
        String good = at(NOW).sign(claims);
        String[] parts = good.split("\\.");
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";
        String otherKey = new JwtAccessTokens(OTHER, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO).sign(claims);
        String hs384 = Jwts.builder().claim("token_type", "access").id(UUID.randomUUID().toString())
                .claim("user_id", 7).claim("sid", UUID.randomUUID().toString())
                .issuedAt(Date.from(NOW)).expiration(Date.from(NOW.plusSeconds(60)))
                .signWith(new SecretKeySpec("k".repeat(48).getBytes(StandardCharsets.UTF_8), "HmacSHA384"), Jwts.SIG.HS384).compact();
        String refreshTyped = Jwts.builder().claim("token_type", "refresh").id(UUID.randomUUID().toString())
                .claim("user_id", 7).claim("sid", UUID.randomUUID().toString())
                .issuedAt(Date.from(NOW)).expiration(Date.from(NOW.plusSeconds(60))).signWith(KEY, Jwts.SIG.HS256).compact();
        String noSession = Jwts.builder().claim("token_type", "access").id(UUID.randomUUID().toString()).claim("user_id", 7)
                .issuedAt(Date.from(NOW)).expiration(Date.from(NOW.plusSeconds(60))).signWith(KEY, Jwts.SIG.HS256).compact();
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"user_id\":7", "\"user_id\":8")
                        .getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        for (String forged : new String[] {unsigned, otherKey, hs384, refreshTyped, noSession, tampered, "a.b.c", "", "x"}) {
            assertThat(reason(at(NOW), forged)).as(forged).isEqualTo("TOKEN_INVALID");
        }
    }

    @Test
    void notYetValidTokensAreRefused() {
        String future = Jwts.builder().claim("token_type", "access").id(UUID.randomUUID().toString()).claim("user_id", 7)
                .claim("sid", UUID.randomUUID().toString()).notBefore(Date.from(NOW.plusSeconds(600)))
                .issuedAt(Date.from(NOW)).expiration(Date.from(NOW.plusSeconds(7200))).signWith(KEY, Jwts.SIG.HS256).compact();
        assertThat(reason(at(NOW), future)).isEqualTo("TOKEN_INVALID");
    }
}
