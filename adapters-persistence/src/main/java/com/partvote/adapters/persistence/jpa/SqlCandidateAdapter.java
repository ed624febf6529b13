package com.partvote.adapters.persistence.jpa;

import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.auth.AuthenticationFailedException.Reason;
import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.application.port.out.ResultsQueryPort;
import com.partvote.application.port.out.SaveCandidatesPort;
import com.partvote.domain.ballot.Ballot;
import com.partvote.domain.ballot.DuplicateVoteException;
import com.partvote.domain.ballot.SelfVoteException;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.choice.ChoiceNotFoundException;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Part;
import com.partvote.domain.tally.ChoiceVotes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Candidates, ballots and the tally in PostgreSQL, in plain SQL: here the statements themselves
 * carry the invariants (an upsert keyed by the file's key, the ballot's primary key, the
 * trigger that counts a ballot in the same transaction), so they are written out rather than
 * generated.
 */
class SqlCandidateAdapter implements SaveCandidatesPort, RecordBallotPort, ResultsQueryPort {

    private static final String COLUMNS =
            "c.id, c.name, c.part, c.team, c.age, c.member_email, c.member_id, c.created_at, c.updated_at";

    private final JdbcTemplate jdbc;

    SqlCandidateAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every candidate, for {@link CandidateCache}. */
    List<Choice> loadAllCandidates() {
        return jdbc.query("SELECT " + COLUMNS + " FROM candidate c", (rs, n) -> candidate(rs));
    }

    @Override
    public UpsertCounts upsertCandidates(Map<String, ChoiceProfile> profilesByKey, Instant now) {
        int inserted = 0;
        int updated = 0;
        Timestamp at = Timestamp.from(now);
        for (Map.Entry<String, ChoiceProfile> entry : profilesByKey.entrySet()) {
            ChoiceProfile p = entry.getValue();
            String email = p.linkedEmail().map(Email::value).orElse(null);
            List<Boolean> outcome = jdbc.query("""
                    INSERT INTO candidate (source_key, name, part, team, age, member_email, member_id,
                                           created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, (SELECT m.id FROM member m WHERE m.email = ?), ?, ?)
                    ON CONFLICT (source_key) DO UPDATE SET
                        name = EXCLUDED.name, part = EXCLUDED.part, team = EXCLUDED.team, age = EXCLUDED.age,
                        member_email = EXCLUDED.member_email, member_id = EXCLUDED.member_id,
                        updated_at = EXCLUDED.updated_at
                    WHERE (candidate.name, candidate.part, candidate.team, candidate.age,
                           candidate.member_email, candidate.member_id)
                          IS DISTINCT FROM
                          (EXCLUDED.name, EXCLUDED.part, EXCLUDED.team, EXCLUDED.age,
                           EXCLUDED.member_email, EXCLUDED.member_id)
                    RETURNING (xmax = 0) AS inserted
                    """, (rs, n) -> rs.getBoolean(1),
                    entry.getKey(), p.name(), p.part().name(), p.team(), p.age(), email, email, at, at);
            if (!outcome.isEmpty()) {
                if (outcome.get(0)) {
                    inserted++;
                } else {
                    updated++;
                }
            }
        }
        return new UpsertCounts(inserted, updated, profilesByKey.size() - inserted - updated);
    }

    @Override
    public int linkCandidatesTo(Email email, MemberId member) {
        return jdbc.update("UPDATE candidate SET member_id = ?, updated_at = clock_timestamp() "
                + "WHERE member_email = ? AND member_id IS DISTINCT FROM ?", member.value(), email.value(), member.value());
    }

    @Override
    public void recordBallot(Ballot ballot) {
        try {
            // Trigger "ballot_not_self" re-checks the self-vote rule; "ballot_counted" adds the
            // ballot to the tally in this same transaction.
            jdbc.update("INSERT INTO ballot (voter_id, candidate_id, cast_at) VALUES (?, ?, ?)",
                    ballot.voter().value(), ballot.candidate().value(), Timestamp.from(ballot.castAt()));
        } catch (DataAccessException e) {
            if (Constraints.failedWith(e, Constraints.SELF_VOTE)) {
                throw new SelfVoteException(ballot.voter(), ballot.candidate());
            }
            if (Constraints.violated(e, Constraints.UNIQUE_VIOLATION, "uq_ballot_voter_candidate")) {
                throw new DuplicateVoteException(ballot.voter(), ballot.candidate());
            }
            if (Constraints.violated(e, Constraints.FOREIGN_KEY_VIOLATION, "ballot_candidate_id_fkey")) {
                throw new ChoiceNotFoundException(ballot.candidate());
            }
            if (Constraints.violated(e, Constraints.FOREIGN_KEY_VIOLATION, "ballot_voter_id_fkey")) {
                // a well-signed token naming a member who does not exist is a token that must not work
                throw new AuthenticationFailedException(Reason.TOKEN_INVALID);
            }
            throw e;
        }
    }

    @Override
    public List<ChoiceVotes> countVotes(Part part) {
        // Sums at most 16 shard rows per candidate: the cost does not grow with the ballots.
        return jdbc.query("SELECT " + COLUMNS + ", COALESCE(SUM(t.votes), 0) AS votes "
                        + "FROM candidate c LEFT JOIN candidate_tally t ON t.candidate_id = c.id "
                        + "WHERE c.part = ? GROUP BY c.id",
                (rs, n) -> new ChoiceVotes(candidate(rs), rs.getLong("votes")), part.name());
    }

    @Override
    public Turnout turnout() {
        return jdbc.queryForObject("SELECT (SELECT COALESCE(SUM(votes), 0) FROM candidate_tally), "
                        + "(SELECT COALESCE(SUM(voters), 0) FROM turnout_tally)",
                (rs, n) -> new Turnout(rs.getLong(1), rs.getLong(2)));
    }

    private static Choice candidate(ResultSet rs) throws SQLException {
        Integer age = (Integer) rs.getObject("age");
        String email = rs.getString("member_email");
        Long memberId = (Long) rs.getObject("member_id");
        ChoiceProfile profile = new ChoiceProfile(rs.getString("name"), Part.valueOf(rs.getString("part")),
                rs.getString("team"), age, email == null ? null : new Email(email));
        return new Choice(new ChoiceId(rs.getLong("id")), profile,
                memberId == null ? null : new MemberId(memberId),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
