package com.partvote.adapters.persistence.postgres;

import com.partvote.application.auth.AccessDeniedException;
import com.partvote.application.port.out.SessionPort;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.session.RefreshToken;
import com.partvote.domain.session.SessionId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sessions and refresh-token hashes; rotation is one conditional UPDATE, so only one caller wins. */
class SqlSessionAdapter implements SessionPort {

    private final JdbcTemplate jdbc;

    SqlSessionAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void openSession(SessionId session, MemberId member, Instant now, String tokenHash, Instant tokenExpiresAt) {
        // one statement, so the session and its first token exist together or not at all,
        // with or without a transaction around the call; the member's row is share-locked, so a
        // concurrent disabling either waits for this session (and then ends it) or is seen here
        int opened = jdbc.update("""
                WITH m AS (SELECT id FROM member WHERE id = ? AND disabled_at IS NULL FOR SHARE),
                     s AS (INSERT INTO auth_session (id, member_id, created_at, expires_at)
                           SELECT ?, m.id, ?, ? FROM m RETURNING id)
                INSERT INTO refresh_token (token_hash, session_id, issued_at, expires_at) SELECT ?, s.id, ?, ? FROM s
                """, member.value(), session.value(), Timestamp.from(now), Timestamp.from(tokenExpiresAt),
                tokenHash, Timestamp.from(now), Timestamp.from(tokenExpiresAt));
        if (opened == 0) {
            throw new AccessDeniedException(AccessDeniedException.Reason.ACCOUNT_DISABLED);
        }
    }

    @Override
    public Optional<RefreshToken> findRefreshToken(String tokenHash) {
        return jdbc.query("""
                SELECT t.token_hash, t.session_id, s.member_id, t.issued_at, t.expires_at,
                       t.rotated_at, s.revoked_at IS NOT NULL AS revoked
                FROM refresh_token t JOIN auth_session s ON s.id = t.session_id
                WHERE t.token_hash = ?
                """, (rs, n) -> new RefreshToken(rs.getString(1), new SessionId(rs.getObject(2, UUID.class)),
                new MemberId(rs.getLong(3)), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(),
                rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getBoolean(7)), tokenHash).stream().findFirst();
    }

    @Override
    public boolean rotateRefreshToken(String oldHash, String newHash, Instant now, Instant newExpiresAt) {
        UUID session = jdbc.query("UPDATE refresh_token SET rotated_at = ? WHERE token_hash = ? AND rotated_at IS NULL "
                        + "RETURNING session_id", (rs, n) -> rs.getObject(1, UUID.class), Timestamp.from(now), oldHash)
                .stream().findFirst().orElse(null);
        if (session == null) {
            return false;
        }
        jdbc.update("INSERT INTO refresh_token (token_hash, session_id, issued_at, expires_at) VALUES (?, ?, ?, ?)",
                newHash, session, Timestamp.from(now), Timestamp.from(newExpiresAt));
        jdbc.update("UPDATE auth_session SET expires_at = GREATEST(expires_at, ?) WHERE id = ?",
                Timestamp.from(newExpiresAt), session);
        return true;
    }

    @Override
    public boolean addRefreshToken(SessionId session, String tokenHash, Instant now, Instant expiresAt) {
        // one statement: the token is stored only while the session exists and is not revoked
        int added = jdbc.update("""
                WITH s AS (UPDATE auth_session SET expires_at = GREATEST(expires_at, ?)
                           WHERE id = ? AND revoked_at IS NULL RETURNING id)
                INSERT INTO refresh_token (token_hash, session_id, issued_at, expires_at) SELECT ?, s.id, ?, ? FROM s
                """, Timestamp.from(expiresAt), session.value(), tokenHash, Timestamp.from(now), Timestamp.from(expiresAt));
        return added == 1;
    }

    @Override
    public void revokeSession(SessionId session, Instant now) {
        jdbc.update("UPDATE auth_session SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                Timestamp.from(now), session.value());
    }

    @Override
    public boolean isSessionRevoked(SessionId session) {
        Boolean live = jdbc.query("SELECT revoked_at IS NULL FROM auth_session WHERE id = ?",
                (rs, n) -> rs.getBoolean(1), session.value()).stream().findFirst().orElse(false);
        return !live;
    }

    @Override
    public List<LiveSession> liveSessionsOf(MemberId member, Instant now) {
        // every token of a session, rotated or not, was issued by it: the newest is its last use
        return jdbc.query("""
                SELECT s.id, s.created_at, COALESCE(MAX(t.issued_at), s.created_at), s.expires_at
                FROM auth_session s LEFT JOIN refresh_token t ON t.session_id = s.id
                WHERE s.member_id = ? AND s.revoked_at IS NULL AND s.expires_at > ?
                GROUP BY s.id
                ORDER BY s.created_at DESC, s.id DESC
                """, (rs, n) -> new LiveSession(new SessionId(rs.getObject(1, UUID.class)), rs.getTimestamp(2).toInstant(),
                rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant()), member.value(), Timestamp.from(now));
    }

    @Override
    public boolean revokeSessionOf(MemberId member, SessionId session, Instant now) {
        return jdbc.update("""
                UPDATE auth_session SET revoked_at = ?
                WHERE id = ? AND member_id = ? AND revoked_at IS NULL AND expires_at > ?
                """, Timestamp.from(now), session.value(), member.value(), Timestamp.from(now)) == 1;
    }

    @Override
    public List<SessionId> revokeSessionsOf(MemberId member, Optional<SessionId> keep, Instant now) {
        // one statement: a session opened meanwhile is either revoked with the others or opened after
        String sql = "UPDATE auth_session SET revoked_at = ? WHERE member_id = ? AND revoked_at IS NULL"
                + (keep.isPresent() ? " AND id <> ?" : "") + " RETURNING id";
        Object[] args = keep.isPresent()
                ? new Object[] {Timestamp.from(now), member.value(), keep.get().value()}
                : new Object[] {Timestamp.from(now), member.value()};
        return jdbc.query(sql, (rs, n) -> new SessionId(rs.getObject(1, UUID.class)), args);
    }

    @Override
    public int purgeExpiredSessions(Instant now) {
        // refresh_token rows go with their session (ON DELETE CASCADE)
        return jdbc.update("DELETE FROM auth_session WHERE expires_at < ?", Timestamp.from(now));
    }
}
