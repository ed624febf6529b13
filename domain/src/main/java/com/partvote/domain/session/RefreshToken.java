package com.partvote.domain.session;

import com.partvote.domain.member.MemberId;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored refresh token (only its hash is kept) and the state of the session it belongs to.
 * A token is used once: refreshing rotates it, and presenting a rotated token again means it
 * was copied, so the whole session is revoked.
 */
public record RefreshToken(String hash, SessionId session, MemberId member, Instant issuedAt,
                           Instant expiresAt, boolean rotated, boolean sessionRevoked) {

    public RefreshToken {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** What presenting this token at {@code now} means. */
    public Verdict judge(Instant now) {
        if (sessionRevoked) {
            return Verdict.REVOKED;
        }
        if (rotated) {
            return Verdict.REUSED;
        }
        if (!now.isBefore(expiresAt)) {
            return Verdict.EXPIRED;
        }
        return Verdict.USABLE;
    }

    public enum Verdict {
        USABLE, EXPIRED, REVOKED, REUSED
    }
}
