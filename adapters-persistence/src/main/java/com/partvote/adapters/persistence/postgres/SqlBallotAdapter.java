package com.partvote.adapters.persistence.postgres;

import com.partvote.application.auth.AuthenticationFailedException.Reason;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.port.out.LoadBallotSheetPort;
import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.domain.ballot.BallotRefusedException;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.choice.ChoiceNotFoundException;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.ElectionState;
import com.partvote.domain.election.rule.MaxChoices;
import com.partvote.domain.election.rule.NotSelf;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.tally.ChoiceVotes;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Ballot sheets and their counts in PostgreSQL. The statements carry the invariants:
 * <ul>
 *   <li>the window: each change first takes a key-share lock on the election row with the window
 *       checked against the database's clock in the same statement, so it waits for a close being
 *       written and then sees it;</li>
 *   <li>one voter's changes serialise on their {@code ballot_sheet} row (an upsert locks it), which
 *       also carries the sheet's size for {@code MAX_CHOICES};</li>
 *   <li>once per choice: the ballot's primary key; a choice of another election: its foreign key
 *       to (choice, election); not oneself: the trigger {@code ballot_not_self};</li>
 *   <li>the counts: triggers add and subtract sharded counters in the same transaction;</li>
 *   <li>the ballot log: each accepted change appends its pending entry in the same statement (a
 *       vote) or transaction (a replacement, a withdrawal), after the sheet row is locked, so one
 *       voter's entries are recorded in the order their changes were decided ({@link SqlBallotLog}).</li>
 * </ul>
 * A use case runs these in one transaction (the contract suite: one per call).
 */
class SqlBallotAdapter implements RecordBallotPort, LoadBallotSheetPort, StandingsQueryPort {

    /** The election, if open by the database's clock, locked against a concurrent close. */
    private static final String OPEN_ELECTION = """
            SELECT id, max_choices FROM election
            WHERE id = ? AND stage = 'SCHEDULED' AND opens_at <= clock_timestamp()
              AND (closes_at IS NULL OR closes_at > clock_timestamp())
            FOR KEY SHARE""";

    /**
     * Adds one choice: see {@link #addChoice}. One line, so that PostgreSQL's statement log shows it
     * whole. With the log on ({@code %2$s}), the same statement makes or reads the voter's tracker and
     * appends the pending entry; the sheet's choices come from the row the upsert locked (the latest
     * version, whatever committed while it waited), not from the statement's snapshot.
     */
    private static final String ADD_CHOICE = """
                WITH e AS (%s),
                s AS (
                    INSERT INTO ballot_sheet AS bs (election_id, voter_id, size, choices, updated_at)
                    SELECT e.id, ?, 1, ARRAY[?]::bigint[], clock_timestamp() FROM e
                    ON CONFLICT (election_id, voter_id) DO UPDATE SET size = bs.size + 1,
                        choices = bs.choices || EXCLUDED.choices, updated_at = EXCLUDED.updated_at
                    WHERE bs.size < COALESCE((SELECT max_choices FROM e), 2147483647)
                    RETURNING election_id, voter_id, choices, updated_at),
                b AS (
                    INSERT INTO ballot (election_id, voter_id, choice_id, cast_at)
                    SELECT election_id, voter_id, ?, updated_at FROM s
                    RETURNING cast_at)%s
                SELECT b.cast_at, s.choices AS held FROM b, s
                """;

    private static final String ADD_CHOICE_UNLOGGED = oneLine(ADD_CHOICE.formatted(OPEN_ELECTION, ""));
    private static final String ADD_CHOICE_LOGGED = oneLine(ADD_CHOICE.formatted(OPEN_ELECTION, ",\n" + SqlBallotLog.APPEND_FROM_SHEET));

    private static String oneLine(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }

    private final JdbcTemplate jdbc;
    private final SqlBallotLog log;

    /** {@code log}: where accepted changes are appended, or null with the log off ({@code partvote.log.enabled=false}). */
    SqlBallotAdapter(JdbcTemplate jdbc, SqlBallotLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    @Override
    public BallotSheet addChoice(Election election, MemberId voter, ChoiceId choice) {
        // One statement: lock the open election, grow the sheet within its limit, insert the
        // ballot (and, with the log on, append the entry); it answers the sheet as it now is, so
        // the answer costs no second round trip.
        RowMapper<BallotSheet> sheet = (rs, n) -> new BallotSheet(election.id(), voter, choices(rs.getArray("held")),
                rs.getTimestamp("cast_at").toInstant());
        List<BallotSheet> added = write(election, voter, choice.toString(), () -> log == null
                ? jdbc.query(ADD_CHOICE_UNLOGGED, sheet, election.id().value(), voter.value(), choice.value(), choice.value())
                : jdbc.query(ADD_CHOICE_LOGGED, sheet, election.id().value(), voter.value(), choice.value(), choice.value(),
                        log.newTracker()));
        if (added.isEmpty()) {
            throw whyNothingChanged(election);
        }
        return added.get(0);
    }

    private static Set<ChoiceId> choices(Array array) throws SQLException {
        Set<ChoiceId> choices = new HashSet<>();
        Arrays.stream((Long[]) array.getArray()).forEach(id -> choices.add(new ChoiceId(id)));
        return choices;
    }

    @Override
    public BallotSheet replaceSheet(Election election, MemberId voter, Set<ChoiceId> choices) {
        if (choices.isEmpty()) {
            withdrawSheet(election, voter);
            return sheetOf(election.id(), voter).orElseGet(() -> BallotSheet.empty(election.id(), voter, now()));
        }
        Long[] ids = choices.stream().map(ChoiceId::value).sorted().toArray(Long[]::new);
        String described = choices.stream().map(ChoiceId::toString).collect(Collectors.joining(","));
        write(election, voter, described, () -> {
            List<Boolean> locked = jdbc.query("""
                    WITH e AS (%s)
                    INSERT INTO ballot_sheet AS bs (election_id, voter_id, size, choices, updated_at)
                    SELECT e.id, ?, ?, ?::bigint[], clock_timestamp() FROM e WHERE ? <= COALESCE(e.max_choices, 2147483647)
                    ON CONFLICT (election_id, voter_id) DO UPDATE SET size = EXCLUDED.size, choices = EXCLUDED.choices,
                        updated_at = EXCLUDED.updated_at
                    RETURNING true
                    """.formatted(OPEN_ELECTION), (rs, n) -> true,
                    election.id().value(), voter.value(), ids.length, SqlBallotLog.arrayLiteral(ids), ids.length);
            if (locked.isEmpty()) {
                throw whyNothingChanged(election);
            }
            if (log != null) {
                // before the ballots change: the counters' rows are then held no longer than without the log
                log.append(election.id(), voter, ids);
            }
            jdbc.update("DELETE FROM ballot WHERE election_id = ? AND voter_id = ? AND NOT (choice_id = ANY (?))",
                    ps -> {
                        ps.setLong(1, election.id().value());
                        ps.setLong(2, voter.value());
                        ps.setArray(3, ps.getConnection().createArrayOf("bigint", ids));
                    });
            jdbc.update("""
                    INSERT INTO ballot (election_id, voter_id, choice_id, cast_at)
                    SELECT ?, ?, x, clock_timestamp() FROM unnest(?::bigint[]) AS x
                    ON CONFLICT (election_id, voter_id, choice_id) DO NOTHING
                    """, ps -> {
                        ps.setLong(1, election.id().value());
                        ps.setLong(2, voter.value());
                        ps.setArray(3, ps.getConnection().createArrayOf("bigint", ids));
                    });
            return locked;
        });
        return sheetOf(election.id(), voter).orElseThrow();
    }

    @Override
    public Optional<BallotSheet> withdrawSheet(Election election, MemberId voter) {
        if (jdbc.query(OPEN_ELECTION, (rs, n) -> true, election.id().value()).isEmpty()) {
            throw whyNothingChanged(election);
        }
        List<Boolean> held = jdbc.query("SELECT true FROM ballot_sheet WHERE election_id = ? AND voter_id = ? FOR UPDATE",
                (rs, n) -> true, election.id().value(), voter.value());
        if (held.isEmpty()) {
            return Optional.empty();
        }
        Optional<BallotSheet> before = sheetOf(election.id(), voter);
        if (log != null) {
            log.append(election.id(), voter, new Long[0]);
        }
        // the sheet's ballots go with it (ON DELETE CASCADE), and the triggers subtract them
        jdbc.update("DELETE FROM ballot_sheet WHERE election_id = ? AND voter_id = ?", election.id().value(), voter.value());
        return before;
    }

    /**
     * Nothing was written: the election is not open by the database's clock (or a close being
     * written), or the sheet is full.
     */
    private RuntimeException whyNothingChanged(Election election) {
        List<Object[]> row = jdbc.query("""
                SELECT stage, opens_at <= clock_timestamp(), closes_at IS NOT NULL AND closes_at <= clock_timestamp(),
                       max_choices FROM election WHERE id = ?""",
                (rs, n) -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getObject(4)},
                election.id().value());
        if (row.isEmpty()) {
            return new BallotRefusedException(Election.notOpen(ElectionState.DRAFT));
        }
        Object[] r = row.get(0);
        ElectionState state = switch ((String) r[0]) {
            case "DRAFT" -> ElectionState.DRAFT;
            case "PUBLISHED" -> ElectionState.PUBLISHED;
            default -> !(Boolean) r[1] ? ElectionState.SCHEDULED : (Boolean) r[2] ? ElectionState.CLOSED : ElectionState.OPEN;
        };
        if (state != ElectionState.OPEN) {
            return new BallotRefusedException(Election.notOpen(state));
        }
        return new BallotRefusedException(MaxChoices.refusal(((Number) r[3]).intValue()));
    }

    private interface Write<T> {
        T run();
    }

    /** Runs the statements, turning the constraints they break back into the domain's refusals. */
    private <T> T write(Election election, MemberId voter, String choices, Write<T> statements) {
        try {
            return statements.run();
        } catch (DataAccessException e) {
            if (Constraints.failedWith(e, Constraints.SELF_VOTE)) {
                throw new BallotRefusedException(NotSelf.refusal(voter.toString(), choices));
            }
            if (Constraints.violated(e, Constraints.UNIQUE_VIOLATION, "uq_ballot_once_per_choice")) {
                throw new BallotRefusedException(BallotSheet.duplicate(voter, new ChoiceId(Long.parseLong(choices))));
            }
            if (Constraints.violated(e, Constraints.FOREIGN_KEY_VIOLATION, "ballot_choice_in_election_fkey")) {
                throw new ChoiceNotFoundException(firstChoice(choices));
            }
            if (Constraints.violated(e, Constraints.FOREIGN_KEY_VIOLATION, "ballot_sheet_voter_id_fkey")) {
                // a well-signed token naming a member who does not exist is a token that must not work
                throw new AuthenticationFailedException(Reason.TOKEN_INVALID);
            }
            throw e;
        }
    }

    private static ChoiceId firstChoice(String choices) {
        return new ChoiceId(Long.parseLong(choices.split(",")[0]));
    }

    private java.time.Instant now() {
        return jdbc.queryForObject("SELECT clock_timestamp()", java.sql.Timestamp.class).toInstant();
    }

    @Override
    public Optional<BallotSheet> sheetOf(ElectionId election, MemberId voter) {
        return jdbc.query("""
                SELECT s.election_id, s.updated_at, array_agg(b.choice_id) AS choices
                FROM ballot_sheet s JOIN ballot b ON b.election_id = s.election_id AND b.voter_id = s.voter_id
                WHERE s.election_id = ? AND s.voter_id = ?
                GROUP BY s.election_id, s.updated_at
                """, (rs, n) -> sheet(rs, voter), election.value(), voter.value()).stream().findFirst();
    }

    @Override
    public Map<ElectionId, BallotSheet> sheetsOf(MemberId voter) {
        Map<ElectionId, BallotSheet> sheets = new LinkedHashMap<>();
        jdbc.query("""
                SELECT s.election_id, s.updated_at, array_agg(b.choice_id) AS choices
                FROM ballot_sheet s JOIN ballot b ON b.election_id = s.election_id AND b.voter_id = s.voter_id
                WHERE s.voter_id = ?
                GROUP BY s.election_id, s.updated_at ORDER BY s.election_id
                """, (rs, n) -> sheet(rs, voter), voter.value()).forEach(s -> sheets.put(s.election(), s));
        return sheets;
    }

    private static BallotSheet sheet(ResultSet rs, MemberId voter) throws SQLException {
        Array array = rs.getArray("choices");
        Set<ChoiceId> choices = new HashSet<>();
        Arrays.stream((Long[]) array.getArray()).forEach(id -> choices.add(new ChoiceId(id)));
        return new BallotSheet(new ElectionId(rs.getLong("election_id")), voter, choices,
                rs.getTimestamp("updated_at").toInstant());
    }

    @Override
    public List<ChoiceVotes> countVotes(ElectionId election) {
        // Sums at most 16 shard rows per choice: the cost does not grow with the ballots.
        return jdbc.query("SELECT " + SqlElectionAdapter.CHOICE_COLUMNS + ", COALESCE(SUM(t.votes), 0) AS votes "
                        + "FROM choice c LEFT JOIN choice_tally t ON t.choice_id = c.id "
                        + "WHERE c.election_id = ? GROUP BY c.id",
                (rs, n) -> new ChoiceVotes(SqlElectionAdapter.choice(rs), rs.getLong("votes")), election.value());
    }

    @Override
    public Turnout turnout(ElectionId election) {
        return jdbc.queryForObject("""
                SELECT (SELECT COALESCE(SUM(t.votes), 0) FROM choice_tally t JOIN choice c ON c.id = t.choice_id
                        WHERE c.election_id = ?),
                       (SELECT COALESCE(SUM(voters), 0) FROM election_turnout WHERE election_id = ?)
                """, (rs, n) -> new Turnout(rs.getLong(1), rs.getLong(2)), election.value(), election.value());
    }

    @Override
    public List<MemberId> votersOf(ElectionId election) {
        return jdbc.query("SELECT voter_id FROM ballot_sheet WHERE election_id = ? ORDER BY voter_id",
                (rs, n) -> new MemberId(rs.getLong(1)), election.value());
    }
}
