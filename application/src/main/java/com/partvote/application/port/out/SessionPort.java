package com.partvote.application.port.out;

import com.partvote.domain.member.MemberId;
import com.partvote.domain.session.RefreshToken;
import com.partvote.domain.session.SessionId;
import java.time.Instant;
import java.util.Optional;

/** Login sessions and their refresh tokens (kept as hashes only). */
public interface SessionPort {

    /** Starts a session for a member, with its first refresh token, in one atomic step. */
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

    /** Deletes sessions whose every refresh token expired before {@code now}. Returns how many. */
    int purgeExpiredSessions(Instant now);
}
