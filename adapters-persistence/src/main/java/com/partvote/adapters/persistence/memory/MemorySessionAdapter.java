package com.partvote.adapters.persistence.memory;

import com.partvote.application.auth.AccessDeniedException;
import com.partvote.application.port.out.SessionPort;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.session.RefreshToken;
import com.partvote.domain.session.SessionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions and refresh-token hashes in memory. Every method holds this object's lock, so a
 * rotation (check "not rotated yet", mark it, store the successor) is one step and only one of
 * two concurrent refreshes with the same token wins. Logins and refreshes are rare next to the
 * cost of hashing a password, so one lock is plenty.
 */
class MemorySessionAdapter implements SessionPort {

    private final MemoryAdministration administration;

    MemorySessionAdapter(MemoryAdministration administration) {
        this.administration = administration;
    }

    /** {@code lastIssuedAt}: when the session's newest refresh token was issued. */
    private record Session(MemberId member, Instant createdAt, Instant expiresAt, Instant revokedAt,
                           Instant lastIssuedAt) {

        Session issued(Instant at, Instant tokenExpiresAt) {
            return new Session(member, createdAt, tokenExpiresAt.isAfter(expiresAt) ? tokenExpiresAt : expiresAt,
                    revokedAt, at.isAfter(lastIssuedAt) ? at : lastIssuedAt);
        }

        Session revoked(Instant at) {
            return revokedAt != null ? this : new Session(member, createdAt, expiresAt, at, lastIssuedAt);
        }

        boolean liveAt(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    private record Token(SessionId session, Instant issuedAt, Instant expiresAt, Instant rotatedAt) {
    }

    /** Latest created first; then by id in the order PostgreSQL compares uuids (unsigned bytes), descending. */
    private static final Comparator<LiveSession> NEWEST_FIRST = Comparator.comparing(LiveSession::createdAt)
            .thenComparing(s -> s.id().value().toString()).reversed();

    private final Map<SessionId, Session> sessions = new HashMap<>();
    private final Map<String, Token> tokens = new HashMap<>();

    @Override
    public synchronized void openSession(SessionId session, MemberId member, Instant now, String tokenHash,
                                         Instant tokenExpiresAt) {
        if (sessions.containsKey(session) || tokens.containsKey(tokenHash)) {
            throw new IllegalStateException("session or refresh token already stored");
        }
        if (administration.findAccess(member).map(MemberAccess::disabled).orElse(false)) {
            throw new AccessDeniedException(AccessDeniedException.Reason.ACCOUNT_DISABLED);
        }
        sessions.put(session, new Session(member, now, tokenExpiresAt, null, now));
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
        sessions.computeIfPresent(old.session(), (id, s) -> s.issued(now, newExpiresAt));
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
        sessions.put(session, s.issued(now, expiresAt));
        return true;
    }

    @Override
    public synchronized void revokeSession(SessionId session, Instant now) {
        sessions.computeIfPresent(session, (id, s) -> s.revoked(now));
    }

    @Override
    public synchronized boolean isSessionRevoked(SessionId session) {
        Session s = sessions.get(session);
        return s == null || s.revokedAt() != null;
    }

    @Override
    public synchronized List<LiveSession> liveSessionsOf(MemberId member, Instant now) {
        List<LiveSession> live = new ArrayList<>();
        sessions.forEach((id, s) -> {
            if (s.member().equals(member) && s.liveAt(now)) {
                live.add(new LiveSession(id, s.createdAt(), s.lastIssuedAt(), s.expiresAt()));
            }
        });
        live.sort(NEWEST_FIRST);
        return live;
    }

    @Override
    public synchronized boolean revokeSessionOf(MemberId member, SessionId session, Instant now) {
        Session s = sessions.get(session);
        if (s == null || !s.member().equals(member) || !s.liveAt(now)) {
            return false;
        }
        sessions.put(session, s.revoked(now));
        return true;
    }

    @Override
    public synchronized List<SessionId> revokeSessionsOf(MemberId member, Optional<SessionId> keep, Instant now) {
        List<SessionId> revoked = new ArrayList<>();
        sessions.replaceAll((id, s) -> {
            if (!s.member().equals(member) || s.revokedAt() != null || keep.filter(id::equals).isPresent()) {
                return s;
            }
            revoked.add(id);
            return s.revoked(now);
        });
        return revoked;
    }

    @Override
    public synchronized int purgeExpiredSessions(Instant now) {
        int before = sessions.size();
        sessions.values().removeIf(s -> s.expiresAt().isBefore(now));
        tokens.values().removeIf(t -> !sessions.containsKey(t.session()));
        return before - sessions.size();
    }
}
