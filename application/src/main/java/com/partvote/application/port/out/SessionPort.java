package com.partvote.application.port.out;

import com.partvote.domain.member.MemberId;
import com.partvote.domain.session.RefreshToken;
import com.partvote.domain.session.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Login sessions and their refresh tokens (kept as hashes only). */
public interface SessionPort {

    /**
     * Starts a session for a member, with its first refresh token, in one atomic step; refuses
     * (ACCOUNT_DISABLED) a member an admin disabled, also one disabled at this very moment.
     */
    void openSession(SessionId session, MemberId member, Instant now, String tokenHash, Instant tokenExpiresAt);

    /** The token with this hash and the state of its session, if the hash is known. */
    Optional<RefreshToken> findRefreshToken(String tokenHash);

    /**
     * Atomically retires {@code oldHash} and stores {@code newHash} in its session. Returns
     * false, changing nothing, when the old token was already rotated (a concurrent refresh won).
     */
    boolean rotateRefreshToken(String oldHash, String newHash, Instant now, Instant newExpiresAt);

    /**
     * Stores another refresh token in {@code session} (a refresh within the reuse interval of a
     * rotation) and extends the session to {@code expiresAt}. Returns false, changing nothing,
     * when the session is unknown or revoked.
     */
    boolean addRefreshToken(SessionId session, String tokenHash, Instant now, Instant expiresAt);

    /** Revokes the session: none of its refresh tokens works any more. Idempotent. */
    void revokeSession(SessionId session, Instant now);

    /** True when the session was revoked (logout or replay). Unknown sessions count as revoked. */
    boolean isSessionRevoked(SessionId session);

    /**
     * The member's sessions that are neither revoked nor expired at {@code now} (expiring after it),
     * newest (latest created) first.
     */
    List<LiveSession> liveSessionsOf(MemberId member, Instant now);

    /**
     * Revokes {@code session} if it is one of the member's live sessions (not revoked, expiring
     * after {@code now}). Returns false, changing nothing, for another member's session, an unknown
     * one, or one already revoked or expired.
     */
    boolean revokeSessionOf(MemberId member, SessionId session, Instant now);

    /**
     * Revokes every session of the member not revoked yet, except {@code keep} if given, in one
     * atomic step. Returns the sessions this call revoked (none that was revoked before).
     */
    List<SessionId> revokeSessionsOf(MemberId member, Optional<SessionId> keep, Instant now);

    /** Deletes sessions whose every refresh token expired before {@code now}. Returns how many. */
    int purgeExpiredSessions(Instant now);

    /**
     * A session as its member sees it: when it was opened (the login), when it was last used (the
     * newest refresh token it issued, or the login) and when it ends unless refreshed.
     */
    record LiveSession(SessionId id, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
        public LiveSession {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(lastUsedAt, "lastUsedAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }
}
