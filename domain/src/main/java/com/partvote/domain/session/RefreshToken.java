package com.partvote.domain.session;

import com.partvote.domain.member.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored refresh token (only its hash is kept) and the state of the session it belongs to.
 * A token is used once: refreshing rotates it, and presenting a rotated token again means it
 * was copied, so the whole session is revoked. Except within a short reuse interval after the
 * rotation: two tabs refreshing at once, or a retry after a lost answer, present the same token
 * twice in good faith, and get another successor in the same session.
 */
public record RefreshToken(String hash, SessionId session, MemberId member, Instant issuedAt,
                           Instant expiresAt, Instant rotatedAt, boolean sessionRevoked) {

    public RefreshToken {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean rotated() {
        return rotatedAt != null;
    }

    /** What presenting this token at {@code now} means, when a rotated token may be reused for {@code reuseInterval}. */
    public Verdict judge(Instant now, Duration reuseInterval) {
        if (sessionRevoked) {
            return Verdict.REVOKED;
        }
        if (rotatedAt != null) {
            return now.isBefore(rotatedAt.plus(reuseInterval)) ? Verdict.REUSED_IN_INTERVAL : Verdict.REUSED;
        }
        if (!now.isBefore(expiresAt)) {
            return Verdict.EXPIRED;
        }
        return Verdict.USABLE;
    }

    public enum Verdict {
        USABLE,
        EXPIRED,
        REVOKED,
        /** Rotated a moment ago: a concurrent or retried refresh, not a copy. */
        REUSED_IN_INTERVAL,
        /** Rotated long enough ago that presenting it again means it was copied. */
        REUSED
    }
}
