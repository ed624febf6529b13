package com.partvote.adapters.persistence.postgres;

import com.partvote.application.port.out.TokenDenyListPort;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deny list lives in PostgreSQL and is mirrored in memory, so that checking a token on every
 * request costs no query. {@link #sync()} runs a few times a second and picks up what other
 * instances added; it re-reads a few seconds back each time, because rows become visible in
 * commit order, not in {@code created_at} order.
 */
class SqlTokenDenyList implements TokenDenyListPort {

    private static final Logger log = LoggerFactory.getLogger(SqlTokenDenyList.class);
    private static final long OVERLAP_MILLIS = 10_000;

    private final JdbcTemplate jdbc;
    private final Map<UUID, Instant> mirror = new ConcurrentHashMap<>();
    private volatile Timestamp syncedUpTo;

    SqlTokenDenyList(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void deny(UUID id, Instant until) {
        jdbc.update("INSERT INTO denied_token (token_id, expires_at) VALUES (?, ?) "
                + "ON CONFLICT (token_id) DO UPDATE SET expires_at = GREATEST(denied_token.expires_at, EXCLUDED.expires_at)",
                id, Timestamp.from(until));
        mirror.merge(id, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    @Override
    public boolean isDenied(UUID id) {
        return mirror.containsKey(id);
    }

    @Override
    public int purgeExpiredDenials(Instant now) {
        mirror.values().removeIf(until -> until.isBefore(now));
        return jdbc.update("DELETE FROM denied_token WHERE expires_at < ?", Timestamp.from(now));
    }

    /** Pulls entries added since the last sync (by any instance) into the mirror. */
    void sync() {
        try {
            Timestamp since = syncedUpTo == null ? new Timestamp(0)
                    : new Timestamp(syncedUpTo.getTime() - OVERLAP_MILLIS);
            Timestamp[] dbNow = new Timestamp[1];
            jdbc.query("SELECT token_id, expires_at, clock_timestamp() FROM denied_token "
                    + "WHERE created_at >= ? AND expires_at > clock_timestamp()", rs -> {
                        mirror.putIfAbsent(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                        dbNow[0] = rs.getTimestamp(3);
                    }, since);
            syncedUpTo = dbNow[0] != null ? dbNow[0]
                    : jdbc.queryForObject("SELECT clock_timestamp()", Timestamp.class);
        } catch (RuntimeException e) {
            log.warn("deny-list sync failed, will retry: {}", e.getMessage());
        }
    }
}
