package com.partvote.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.port.out.AccessTokenPort;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Part;
import com.partvote.domain.fixtures.MovableClock;
import com.partvote.domain.session.SessionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");
    static final Duration SKEW = Duration.ofSeconds(30);

    /** The real verifier, counting how often it parses a token. */
    static final class Counting implements AccessTokenPort {
        final JwtAccessTokens jwt;
        final AtomicInteger parsed = new AtomicInteger();

        Counting(Clock clock) {
            jwt = new JwtAccessTokens(JwtAccessTokensTest.KEY, clock, SKEW);
        }

        @Override
        public String sign(AccessClaims claims) {
            return jwt.sign(claims);
        }

        @Override
        public AccessClaims verify(String token) {
            parsed.incrementAndGet();
            return jwt.verify(token);
        }
    }

    final MovableClock clock = new MovableClock(NOW);
    final Counting verifier = new Counting(clock);

    AccessClaims claims(long member, Duration ttl) {
        return new AccessClaims(new MemberId(member), SessionId.random(), UUID.randomUUID(), NOW, NOW.plus(ttl),
                "김채림", Part.FE);
    }

    @Test
    void aTokenUsedAgainIsParsedOnceAndGivesTheSameClaims() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, clock, SKEW, 100);
        AccessClaims claims = claims(7, Duration.ofHours(2));
        String token = tokens.sign(claims);

        for (int i = 0; i < 5; i++) {
            assertThat(tokens.verify(token)).isEqualTo(claims);
        }
        assertThat(verifier.parsed).hasValue(1);
    }

    @Test
    void aRememberedTokenExpiresAtTheSameInstantAsAParsedOne() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, clock, SKEW, 100);
        String token = tokens.sign(claims(7, Duration.ofMinutes(10)));
        tokens.verify(token);

        clock.advance(Duration.ofMinutes(10).plus(SKEW));
        assertThat(JwtAccessTokensTest.reason(tokens, token)).isEqualTo("ACCEPTED");
        assertThat(JwtAccessTokensTest.reason(verifier.jwt, token)).isEqualTo("ACCEPTED");

        clock.advance(Duration.ofSeconds(1));
        assertThat(JwtAccessTokensTest.reason(tokens, token)).isEqualTo("TOKEN_EXPIRED");
        assertThat(JwtAccessTokensTest.reason(verifier.jwt, token)).isEqualTo("TOKEN_EXPIRED");
    }

    @Test
    void aTokenDifferingInItsSignatureIsVerifiedAfreshAndRefused() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, clock, SKEW, 100);
        String token = tokens.sign(claims(7, Duration.ofHours(2)));
        tokens.verify(token);
        char last = token.charAt(token.length() - 2);
        String forged = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        assertThat(JwtAccessTokensTest.reason(tokens, forged)).isEqualTo("TOKEN_INVALID");
        assertThat(JwtAccessTokensTest.reason(tokens, forged)).isEqualTo("TOKEN_INVALID");
        assertThat(verifier.parsed).as("refused tokens are not remembered").hasValue(3);
    }

    @Test
    void memoryStaysWithinTwoGenerationsAndATokenInUseSurvivesTheTurnover() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, clock, SKEW, 10);
        String inUse = tokens.sign(claims(1, Duration.ofHours(2)));
        tokens.verify(inUse);
        for (int i = 0; i < 100; i++) {
            tokens.verify(tokens.sign(claims(100 + i, Duration.ofHours(2))));
            tokens.verify(inUse);
            assertThat(tokens.size()).isLessThanOrEqualTo(2 * 10 + 1);
        }
        int before = verifier.parsed.get();
        tokens.verify(inUse);
        assertThat(verifier.parsed).as("the token in use is still remembered").hasValue(before);
    }
}
