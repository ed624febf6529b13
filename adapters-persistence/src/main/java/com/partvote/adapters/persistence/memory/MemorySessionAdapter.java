package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.SessionPort;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.session.RefreshToken;
import com.partvote.domain.session.SessionId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions and refresh-token hashes in memory. Every method holds this object's lock, so a
 * rotation (check "not rotated yet", mark it, store the successor) is one step and only one of
 * two concurrent refreshes with the same token wins. Logins and refreshes are rare next to the
 * cost of hashing a password, so one lock is plenty.
 */
class MemorySessionAdapter implements SessionPort {

    private record Session(MemberId member, Instant createdAt, Instant expiresAt, Instant revokedAt) {
    }

    private record Token(SessionId session, Instant issuedAt, Instant expiresAt, Instant rotatedAt) {
    }

    private final Map<SessionId, Session> sessions = new HashMap<>();
    private final Map<String, Token> tokens = new HashMap<>();

    @Override
    public synchronized void openSession(SessionId session, MemberId member, Instant now, String tokenHash,
                                         Instant tokenExpiresAt) {
        if (sessions.containsKey(session) || tokens.containsKey(tokenHash)) {
            throw new IllegalStateException("session or refresh token already stored");
        }
        sessions.put(session, new Session(member, now, tokenExpiresAt, null));
        tokens.put(tokenHash, new Token(session, now, tokenExpiresAt, null));
    }

    @Override
    public synchronized Optional<RefreshToken> findRefreshToken(String tokenHash) {
        Token token = tokens.get(tokenHash);
        if (token == null) {
            return Optional.empty();
        }
        Session session = sessions.get(token.session());
        return Optional.of(new RefreshToken(tokenHash, token.session(), session.member(), token.issuedAt(),
                token.expiresAt(), token.rotatedAt(), session.revokedAt() != null));
    }

    @Override
    public synchronized boolean rotateRefreshToken(String oldHash, String newHash, Instant now, Instant newExpiresAt) {
        Token old = tokens.get(oldHash);
        if (old == null || old.rotatedAt() != null) {
            return false;
        }
        if (tokens.containsKey(newHash)) {
            throw new IllegalStateException("refresh token already stored");
        }
        tokens.put(oldHash, new Token(old.session(), old.issuedAt(), old.expiresAt(), now));
        tokens.put(newHash, new Token(old.session(), now, newExpiresAt, null));
        sessions.computeIfPresent(old.session(), (id, s) -> newExpiresAt.isAfter(s.expiresAt())
                ? new Session(s.member(), s.createdAt(), newExpiresAt, s.revokedAt()) : s);
        return true;
    }

    @Override
    public synchronized boolean addRefreshToken(SessionId session, String tokenHash, Instant now, Instant expiresAt) {
        Session s = sessions.get(session);
        if (s == null || s.revokedAt() != null) {
            return false;
        }
        if (tokens.containsKey(tokenHash)) {
            throw new IllegalStateException("refresh token already stored");
        }
        tokens.put(tokenHash, new Token(session, now, expiresAt, null));
        if (expiresAt.isAfter(s.expiresAt())) {
            sessions.put(session, new Session(s.member(), s.createdAt(), expiresAt, s.revokedAt()));
        }
        return true;
    }

    @Override
    public synchronized void revokeSession(SessionId session, Instant now) {
        sessions.computeIfPresent(session, (id, s) -> s.revokedAt() != null ? s
                : new Session(s.member(), s.createdAt(), s.expiresAt(), now));
    }

    @Override
    public synchronized boolean isSessionRevoked(SessionId session) {
        Session s = sessions.get(session);
        return s == null || s.revokedAt() != null;
    }

    @Override
    public synchronized int purgeExpiredSessions(Instant now) {
        int before = sessions.size();
        sessions.values().removeIf(s -> s.expiresAt().isBefore(now));
        tokens.values().removeIf(t -> !sessions.containsKey(t.session()));
        return before - sessions.size();
    }
}
