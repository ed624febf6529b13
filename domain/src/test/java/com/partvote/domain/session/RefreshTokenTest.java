package com.partvote.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.domain.member.MemberId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-03-15T00:00:00Z");

    private static RefreshToken token(boolean rotated, boolean revoked) {
        return new RefreshToken("hash", SessionId.random(), new MemberId(1), ISSUED, EXPIRES, rotated, revoked);
    }

    @Test
    void aFreshTokenIsUsableUntilItExpires() {
        assertThat(token(false, false).judge(EXPIRES.minusSeconds(1))).isEqualTo(RefreshToken.Verdict.USABLE);
        assertThat(token(false, false).judge(EXPIRES)).isEqualTo(RefreshToken.Verdict.EXPIRED);
    }

    @Test
    void aRotatedTokenPresentedAgainIsAReplay() {
        assertThat(token(true, false).judge(ISSUED)).isEqualTo(RefreshToken.Verdict.REUSED);
    }

    @Test
    void aRevokedSessionWinsOverEverythingElse() {
        assertThat(token(true, true).judge(ISSUED)).isEqualTo(RefreshToken.Verdict.REVOKED);
        assertThat(token(false, true).judge(EXPIRES.plusSeconds(5))).isEqualTo(RefreshToken.Verdict.REVOKED);
    }
}
