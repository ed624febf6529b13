package com.partvote.adapters.persistence.postgres;

import com.partvote.application.port.out.BallotLogPort;
import com.partvote.application.port.out.TreeHeadSigner;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.log.BallotChange;
import com.partvote.domain.log.BallotTracker;
import com.partvote.domain.log.Hash;
import com.partvote.domain.log.LogEntry;
import com.partvote.domain.log.PublishedEntry;
import com.partvote.domain.log.SignedTreeHead;
import com.partvote.domain.log.TreeFrontier;
import com.partvote.domain.log.TreeHead;
import com.partvote.domain.member.MemberId;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ballot log in PostgreSQL (migration 7). Appending is part of the ballot change: the vote's
 * own statement ({@link #APPEND_FROM_SHEET}, inside {@link SqlBallotAdapter}'s add) or a statement
 * of the same transaction ({@link #append}); it inserts a pending row whose id comes from a
 * sequence, so voters never wait on a shared counter. The sequencer, one per election at a time
 * across every instance ({@code pg_try_advisory_xact_lock} on the election), gives the pending
 * rows its transaction sees committed their leaf indexes in id order (one voter's changes are
 * inserted in the order their sheet row lock decided them), stores their leaf hashes and inserts
 * a signed head with the tree's frontier, all in one transaction.
 */
class SqlBallotLog implements BallotLogPort {

    /** The advisory-lock namespace of the sequencer ('pvlg'); the second key is the election. */
    private static final int LOCK_SPACE = 0x70766c67;

    /**
     * The vote statement's tail: the voter's tracker (the stored one, or the new one passed as its
     * parameter, for a first change; concurrent first changes agree on the primary key) and the
     * pending entry with the sheet as the upsert {@code s} returned it.
     */
    static final String APPEND_FROM_SHEET = """
                t AS (
                    INSERT INTO ballot_tracker AS bt (election_id, member_id, tracker, created_at)
                    SELECT election_id, voter_id, ?, updated_at FROM s
                    ON CONFLICT (election_id, member_id) DO UPDATE SET tracker = bt.tracker
                    RETURNING tracker),
                l AS (
                    INSERT INTO ballot_log (election_id, tracker, choices, recorded_at)
                    SELECT s.election_id, t.tracker, s.choices, s.updated_at FROM s, t)""";

    private static final String APPEND = """
            WITH t AS (
                INSERT INTO ballot_tracker AS bt (election_id, member_id, tracker, created_at)
                VALUES (?, ?, ?, clock_timestamp())
                ON CONFLICT (election_id, member_id) DO UPDATE SET tracker = bt.tracker
                RETURNING tracker)
            INSERT INTO ballot_log (election_id, tracker, choices, recorded_at)
            SELECT ?, t.tracker, ?::bigint[], clock_timestamp() FROM t""";

    private static final String ENTRY_COLUMNS = "leaf_index, tracker, choices, recorded_at, leaf_hash";

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    SqlBallotLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A tracker for a voter's first change (ignored by the statement when they have one). */
    String newTracker() {
        return BallotTracker.random(random).value();
    }

    static String arrayLiteral(Long[] ids) {
        return Arrays.stream(ids).map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** Appends the sheet after a replacement or a withdrawal, in the caller's transaction, its sheet row locked. */
    void append(ElectionId election, MemberId voter, Long[] choices) {
        jdbc.update(APPEND, election.value(), voter.value(), newTracker(), election.value(), arrayLiteral(choices));
    }

    @Override
    public Optional<BallotTracker> trackerOf(ElectionId election, MemberId member) {
        return jdbc.query("SELECT tracker FROM ballot_tracker WHERE election_id = ? AND member_id = ?",
                (rs, n) -> new BallotTracker(rs.getString(1)), election.value(), member.value()).stream().findFirst();
    }

    @Override
    public Optional<RecordedChange> latestChange(ElectionId election, BallotTracker tracker) {
        return jdbc.query("""
                SELECT tracker, choices, recorded_at, leaf_index FROM ballot_log
                WHERE election_id = ? AND tracker = ? ORDER BY id DESC LIMIT 1""", (rs, n) -> {
                    long index = rs.getLong("leaf_index");
                    OptionalLong sequenced = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(index);
                    return new RecordedChange(tracker, choices(rs.getArray("choices")), rs.getTimestamp("recorded_at").toInstant(),
                            sequenced);
                }, election.value(), tracker.value()).stream().findFirst();
    }

    private static List<ChoiceId> choices(Array array) throws SQLException {
        return Arrays.stream((Long[]) array.getArray()).map(ChoiceId::new).sorted((a, b) -> Long.compare(a.value(), b.value()))
                .toList();
    }

    @Override
    public List<PublishedEntry> entries(ElectionId election, long from, int limit) {
        return jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM ballot_log WHERE election_id = ? AND leaf_index >= ? "
                + "ORDER BY leaf_index LIMIT ?", (rs, n) -> entry(election, rs), election.value(), from, limit);
    }

    private static PublishedEntry entry(ElectionId election, ResultSet rs) throws SQLException {
        LogEntry entry = new LogEntry(election, rs.getLong("leaf_index"), rs.getTimestamp("recorded_at").toInstant(),
                new BallotTracker(rs.getString("tracker")), choices(rs.getArray("choices")));
        return new PublishedEntry(entry, Hash.of(rs.getBytes("leaf_hash")));
    }

    @Override
    public List<Hash> leafHashes(ElectionId election, long size) {
        return jdbc.query("SELECT leaf_hash FROM ballot_log WHERE election_id = ? AND leaf_index < ? ORDER BY leaf_index",
                (rs, n) -> Hash.of(rs.getBytes(1)), election.value(), size);
    }

    private static final String HEAD_COLUMNS = "tree_size, root_hash, signed_at, key_id, signature";

    @Override
    public List<SignedTreeHead> heads(ElectionId election) {
        return jdbc.query("SELECT " + HEAD_COLUMNS + " FROM ballot_log_head WHERE election_id = ? "
                        + "ORDER BY tree_size, signed_at",
                (rs, n) -> head(election, rs), election.value());
    }

    @Override
    public Optional<SignedTreeHead> latestHead(ElectionId election) {
        return jdbc.query("SELECT " + HEAD_COLUMNS + " FROM ballot_log_head WHERE election_id = ? "
                + "ORDER BY tree_size DESC, signed_at DESC LIMIT 1", (rs, n) -> head(election, rs), election.value())
                .stream().findFirst();
    }

    private static SignedTreeHead head(ElectionId election, ResultSet rs) throws SQLException {
        TreeHead head = new TreeHead(election, rs.getLong("tree_size"), Hash.of(rs.getBytes("root_hash")),
                rs.getTimestamp("signed_at").toInstant());
        return new SignedTreeHead(head, rs.getString("key_id"), Base64.getEncoder().encodeToString(rs.getBytes("signature")));
    }

    @Override
    public List<ElectionId> withPendingChanges() {
        return jdbc.query("SELECT DISTINCT election_id FROM ballot_log WHERE leaf_index IS NULL ORDER BY election_id",
                (rs, n) -> new ElectionId(rs.getLong(1)));
    }

    private record Pending(long id, BallotChange change) {
    }

    @Override
    public Optional<SignedTreeHead> sequence(ElectionId election, Sequencing how, TreeHeadSigner signer) {
        if (how != Sequencing.IF_IDLE) {
            jdbc.query("SELECT pg_advisory_xact_lock(?, ?)", rs -> null, LOCK_SPACE, (int) election.value());
        } else if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?, ?)", Boolean.class,
                LOCK_SPACE, (int) election.value()))) {
            return Optional.empty(); // another instance is sequencing this election right now
        }
        List<byte[]> stored = jdbc.query("SELECT frontier FROM ballot_log_head WHERE election_id = ? "
                + "ORDER BY tree_size DESC, signed_at DESC LIMIT 1", (rs, n) -> rs.getBytes(1), election.value());
        TreeFrontier frontier = stored.isEmpty() ? TreeFrontier.empty() : TreeFrontier.decode(stored.get(0));
        // read after the lock: every row committed by now, in the order the votes recorded them
        List<Pending> pending = jdbc.query("SELECT id, tracker, choices, recorded_at FROM ballot_log "
                + "WHERE election_id = ? AND leaf_index IS NULL ORDER BY id", (rs, n) -> new Pending(rs.getLong("id"),
                new BallotChange(election, new BallotTracker(rs.getString("tracker")), choices(rs.getArray("choices")),
                        rs.getTimestamp("recorded_at").toInstant())), election.value());
        if (pending.isEmpty() && !stored.isEmpty() && how != Sequencing.CLOSING) {
            return Optional.empty();
        }
        List<Object[]> updates = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            LogEntry entry = p.change().at(frontier.size());
            Hash leaf = entry.leafHash();
            updates.add(new Object[] {entry.index(), leaf.bytes(), p.id()});
            frontier = frontier.append(leaf);
        }
        jdbc.batchUpdate("UPDATE ballot_log SET leaf_index = ?, leaf_hash = ? WHERE id = ?", updates);
        Instant now = jdbc.queryForObject("SELECT clock_timestamp()", Timestamp.class).toInstant();
        SignedTreeHead signed = signer.sign(new TreeHead(election, frontier.size(), frontier.root(), now));
        jdbc.update("INSERT INTO ballot_log_head (election_id, tree_size, root_hash, signed_at, key_id, signature, frontier) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", election.value(), signed.size(), signed.head().root().bytes(),
                Timestamp.from(signed.head().at()), signed.keyId(), signed.signatureBytes(), frontier.encoded());
        return Optional.of(signed);
    }
}
