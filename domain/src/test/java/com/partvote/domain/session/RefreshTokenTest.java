package com.partvote.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.domain.member.MemberId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-03-15T00:00:00Z");
    private static final Instant ROTATED = ISSUED.plusSeconds(3600);
    private static final Duration REUSE = Duration.ofSeconds(30);

    private static RefreshToken token(Instant rotatedAt, boolean revoked) {
        return new RefreshToken("hash", SessionId.random(), new MemberId(1), ISSUED, EXPIRES, rotatedAt, revoked);
    }

    @Test
    void aFreshTokenIsUsableUntilItExpires() {
        assertThat(token(null, false).judge(EXPIRES.minusSeconds(1), REUSE)).isEqualTo(RefreshToken.Verdict.USABLE);
        assertThat(token(null, false).judge(EXPIRES, REUSE)).isEqualTo(RefreshToken.Verdict.EXPIRED);
    }

    @Test
    void aRotatedTokenPresentedAgainWithinTheReuseIntervalIsAConcurrentRefresh() {
        assertThat(token(ROTATED, false).judge(ROTATED, REUSE)).isEqualTo(RefreshToken.Verdict.REUSED_IN_INTERVAL);
        assertThat(token(ROTATED, false).judge(ROTATED.plusSeconds(29), REUSE))
                .isEqualTo(RefreshToken.Verdict.REUSED_IN_INTERVAL);
    }

    @Test
    void aRotatedTokenPresentedAfterTheReuseIntervalIsAReplay() {
        assertThat(token(ROTATED, false).judge(ROTATED.plusSeconds(30), REUSE)).isEqualTo(RefreshToken.Verdict.REUSED);
        assertThat(token(ROTATED, false).judge(ROTATED, Duration.ZERO)).isEqualTo(RefreshToken.Verdict.REUSED);
    }

    @Test
    void aRevokedSessionWinsOverEverythingElse() {
        assertThat(token(ROTATED, true).judge(ROTATED, REUSE)).isEqualTo(RefreshToken.Verdict.REVOKED);
        assertThat(token(null, true).judge(EXPIRES.plusSeconds(5), REUSE)).isEqualTo(RefreshToken.Verdict.REVOKED);
    }
}
