package com.partvote.adapters.persistence.postgres;

import com.partvote.application.port.out.ClubTeamsPort;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.election.ChoiceKind;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.ElectionNotFoundException;
import com.partvote.domain.election.ElectionSpec;
import com.partvote.domain.election.ResultsVisibility;
import com.partvote.domain.election.Slug;
import com.partvote.domain.election.SlugTakenException;
import com.partvote.domain.election.Stage;
import com.partvote.domain.election.VotingWindow;
import com.partvote.domain.election.rule.BallotRules;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Team;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Elections, their choices and the club's teams in PostgreSQL, in plain SQL: upserts keyed by
 * the slug and by (election, key), so that loading the club file again changes only what changed.
 * Reads go through {@link ElectionSnapshot}; every write here tells it to re-read.
 */
class SqlElectionAdapter implements SaveElectionPort, ClubTeamsPort {

    static final String ELECTION_COLUMNS =
            "e.id, e.slug, e.title, e.kind, e.stage, e.opens_at, e.closes_at, e.results, e.rules, e.part";
    static final String CHOICE_COLUMNS =
            "c.id, c.election_id, c.name, c.part, c.team, c.age, c.member_email, c.member_id, c.created_at, c.updated_at";

    private final JdbcTemplate jdbc;
    private volatile Runnable onChange = () -> { };

    SqlElectionAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Called after every write: the snapshot of elections and choices re-reads on its next use. */
    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    List<Election> loadAllElections() {
        return jdbc.query("SELECT " + ELECTION_COLUMNS + " FROM election e ORDER BY e.id", (rs, n) -> election(rs));
    }

    List<Choice> loadAllChoices() {
        return jdbc.query("SELECT " + CHOICE_COLUMNS + " FROM choice c ORDER BY c.id", (rs, n) -> choice(rs));
    }

    @Override
    public Election saveElection(ElectionSpec e, Instant now) {
        return insert(e, now, "CLUB_FILE", """
                ON CONFLICT (slug) DO UPDATE SET
                    title = EXCLUDED.title, kind = EXCLUDED.kind, stage = EXCLUDED.stage,
                    opens_at = EXCLUDED.opens_at, closes_at = EXCLUDED.closes_at, results = EXCLUDED.results,
                    rules = EXCLUDED.rules, max_choices = EXCLUDED.max_choices, part = EXCLUDED.part,
                    updated_at = EXCLUDED.updated_at
                WHERE election.managed_by = 'CLUB_FILE'
                  AND (election.title, election.kind, election.stage, election.opens_at, election.closes_at,
                       election.results, election.rules, election.part)
                      IS DISTINCT FROM
                      (EXCLUDED.title, EXCLUDED.kind, EXCLUDED.stage, EXCLUDED.opens_at, EXCLUDED.closes_at,
                       EXCLUDED.results, EXCLUDED.rules, EXCLUDED.part)
                """);
    }

    @Override
    public Election createElection(ElectionSpec e, Instant now) {
        return insert(e, now, "ADMIN", "");
    }

    private Election insert(ElectionSpec e, Instant now, String managedBy, String onConflict) {
        Timestamp at = Timestamp.from(now);
        try {
            jdbc.update("""
                    INSERT INTO election (slug, title, kind, stage, opens_at, closes_at, results, rules, max_choices, part,
                                          managed_by, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """ + onConflict, e.slug().value(), e.title(), e.kind().name(), e.stage().name(), opens(e.window()),
                    closes(e.window()), e.results().name(), e.rules().toString(), maxChoices(e.rules()),
                    e.part() == null ? null : e.part().name(), managedBy, at, at);
        } catch (DataAccessException failure) {
            if (Constraints.violated(failure, Constraints.UNIQUE_VIOLATION, "uq_election_slug")) {
                throw new SlugTakenException(e.slug());
            }
            if (Constraints.violated(failure, Constraints.UNIQUE_VIOLATION, "uq_election_part")) {
                throw new InvalidValueException("part", "taken", "another election is already the election of part " + e.part());
            }
            throw failure;
        }
        onChange.run();
        return jdbc.queryForObject("SELECT " + ELECTION_COLUMNS + " FROM election e WHERE e.slug = ?",
                (rs, n) -> election(rs), e.slug().value());
    }

    @Override
    public Optional<Election> lockElection(ElectionId id) {
        return jdbc.query("SELECT " + ELECTION_COLUMNS + " FROM election e WHERE e.id = ? FOR UPDATE",
                (rs, n) -> election(rs), id.value()).stream().findFirst();
    }

    private static Timestamp opens(VotingWindow w) {
        return w == null ? null : Timestamp.from(w.opensAt());
    }

    private static Timestamp closes(VotingWindow w) {
        return w == null || w.closesAt() == null ? null : Timestamp.from(w.closesAt());
    }

    private static Integer maxChoices(BallotRules rules) {
        return rules.maxChoices().isPresent() ? rules.maxChoices().getAsInt() : null;
    }

    @Override
    public Election updateElection(Election e, Instant now) {
        // Taking the row's exclusive lock first makes a close wait for the votes already under
        // way (they hold a key-share lock on it) and makes votes that arrive meanwhile wait for it.
        jdbc.query("SELECT id FROM election WHERE id = ? FOR UPDATE", (rs, n) -> rs.getLong(1), e.id().value());
        int updated = jdbc.update("""
                UPDATE election SET title = ?, stage = ?, opens_at = ?, closes_at = ?, results = ?, rules = ?,
                                    max_choices = ?, managed_by = 'ADMIN', updated_at = ?
                WHERE id = ?
                """, e.title(), e.stage().name(), opens(e.window()), closes(e.window()), e.results().name(),
                e.rules().toString(), maxChoices(e.rules()), Timestamp.from(now), e.id().value());
        if (updated == 0) {
            throw new ElectionNotFoundException(e.id().toString());
        }
        onChange.run();
        return jdbc.queryForObject("SELECT " + ELECTION_COLUMNS + " FROM election e WHERE e.id = ?",
                (rs, n) -> election(rs), e.id().value());
    }

    @Override
    public UpsertCounts upsertChoices(ElectionId election, Map<String, ChoiceProfile> profilesByKey, Instant now) {
        Boolean byAdmin = jdbc.query("SELECT managed_by = 'ADMIN' FROM election WHERE id = ?",
                rs -> rs.next() ? rs.getBoolean(1) : Boolean.FALSE, election.value());
        if (Boolean.TRUE.equals(byAdmin)) {
            return new UpsertCounts(0, 0, profilesByKey.size());
        }
        return writeChoices(election, profilesByKey, now);
    }

    @Override
    public UpsertCounts replaceChoices(ElectionId election, Map<String, ChoiceProfile> profilesByKey, Instant now) {
        UpsertCounts counts = writeChoices(election, profilesByKey, now);
        int removed = jdbc.update("DELETE FROM choice WHERE election_id = ? AND NOT (source_key = ANY (?))",
                election.value(), profilesByKey.keySet().toArray(String[]::new));
        if (removed > 0) {
            onChange.run();
        }
        return counts;
    }

    private UpsertCounts writeChoices(ElectionId election, Map<String, ChoiceProfile> profilesByKey, Instant now) {
        int inserted = 0;
        int updated = 0;
        Timestamp at = Timestamp.from(now);
        for (Map.Entry<String, ChoiceProfile> entry : profilesByKey.entrySet()) {
            ChoiceProfile p = entry.getValue();
            String email = p.declaredMemberEmail().map(Email::value).orElse(null);
            List<Boolean> outcome = jdbc.query("""
                    INSERT INTO choice (election_id, source_key, name, part, team, age, member_email,
                                        created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (election_id, source_key) DO UPDATE SET
                        name = EXCLUDED.name, part = EXCLUDED.part, team = EXCLUDED.team, age = EXCLUDED.age,
                        member_email = EXCLUDED.member_email,
                        -- the link stays while the declared email does (CandidateLinks makes the new ones)
                        member_id = CASE WHEN choice.member_email IS NOT DISTINCT FROM EXCLUDED.member_email
                                         THEN choice.member_id END,
                        updated_at = EXCLUDED.updated_at
                    WHERE (choice.name, choice.part, choice.team, choice.age, choice.member_email)
                          IS DISTINCT FROM
                          (EXCLUDED.name, EXCLUDED.part, EXCLUDED.team, EXCLUDED.age, EXCLUDED.member_email)
                    RETURNING (xmax = 0) AS inserted
                    """, (rs, n) -> rs.getBoolean(1),
                    election.value(), entry.getKey(), p.name(), p.part() == null ? null : p.part().name(), p.team(),
                    p.age(), email, at, at);
            if (!outcome.isEmpty()) {
                if (outcome.get(0)) {
                    inserted++;
                } else {
                    updated++;
                }
            }
        }
        if (inserted + updated > 0) {
            onChange.run();
        }
        return new UpsertCounts(inserted, updated, profilesByKey.size() - inserted - updated);
    }

    @Override
    public int linkChoicesTo(Email email, MemberId member) {
        int linked = jdbc.update("UPDATE choice SET member_id = ?, updated_at = clock_timestamp() "
                + "WHERE member_email = ? AND member_id IS DISTINCT FROM ?", member.value(), email.value(), member.value());
        if (linked > 0) {
            onChange.run();
        }
        return linked;
    }

    @Override
    public void saveTeams(Collection<Team> teams) {
        for (Team team : teams) {
            jdbc.update("INSERT INTO team (name) VALUES (?) ON CONFLICT DO NOTHING", team.name());
        }
    }

    @Override
    public List<Team> teams() {
        return jdbc.query("SELECT name FROM team ORDER BY name", (rs, n) -> new Team(rs.getString(1)));
    }

    static Election election(ResultSet rs) throws SQLException {
        Timestamp opens = rs.getTimestamp("opens_at");
        Timestamp closes = rs.getTimestamp("closes_at");
        String part = rs.getString("part");
        return new Election(new ElectionId(rs.getLong("id")), new Slug(rs.getString("slug")), rs.getString("title"),
                ChoiceKind.valueOf(rs.getString("kind")), Stage.valueOf(rs.getString("stage")),
                opens == null ? null : new VotingWindow(opens.toInstant(), closes == null ? null : closes.toInstant()),
                ResultsVisibility.valueOf(rs.getString("results")), BallotRules.parse(rs.getString("rules")),
                part == null ? null : Part.valueOf(part));
    }

    static Choice choice(ResultSet rs) throws SQLException {
        Integer age = (Integer) rs.getObject("age");
        String email = rs.getString("member_email");
        Long memberId = (Long) rs.getObject("member_id");
        String part = rs.getString("part");
        ChoiceProfile profile = new ChoiceProfile(rs.getString("name"), part == null ? null : Part.valueOf(part),
                rs.getString("team"), age, email == null ? null : new Email(email));
        return new Choice(new ChoiceId(rs.getLong("id")), new ElectionId(rs.getLong("election_id")), profile,
                memberId == null ? null : new MemberId(memberId),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
