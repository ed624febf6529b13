package com.partvote.adapters.persistence.postgres;

import com.partvote.application.port.out.VoterRollPort;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.MemberName;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.RollEntry;
import com.partvote.domain.member.Team;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The voter roll in PostgreSQL: one upsert per line, in the caller's transaction (all or nothing). */
class SqlVoterRoll implements VoterRollPort {

    private final JdbcTemplate jdbc;

    SqlVoterRoll(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RollCounts upsert(List<RollEntry> entries, Instant now) {
        int added = 0;
        int updated = 0;
        Timestamp at = Timestamp.from(now);
        for (RollEntry e : entries) {
            List<Boolean> outcome = jdbc.query("""
                    INSERT INTO voter_roll (email, name, part, team, added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name, part = EXCLUDED.part, team = EXCLUDED.team,
                                                      updated_at = EXCLUDED.updated_at
                    WHERE (voter_roll.name, voter_roll.part, voter_roll.team)
                          IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.part, EXCLUDED.team)
                    RETURNING (xmax = 0) AS inserted
                    """, (rs, n) -> rs.getBoolean(1), e.email().value(), e.name().value(), e.part().name(),
                    e.teamIfAny().map(Team::name).orElse(null), at, at);
            if (!outcome.isEmpty()) {
                if (outcome.get(0)) {
                    added++;
                } else {
                    updated++;
                }
            }
        }
        return new RollCounts(added, updated, entries.size() - added - updated);
    }

    @Override
    public Optional<RollEntry> findEntry(Email email) {
        return jdbc.query("SELECT email, name, part, team FROM voter_roll WHERE email = ?", (rs, n) -> entry(rs),
                email.value()).stream().findFirst();
    }

    @Override
    public List<RollEntry> entries() {
        return jdbc.query("SELECT email, name, part, team FROM voter_roll ORDER BY email", (rs, n) -> entry(rs));
    }

    @Override
    public boolean remove(Email email) {
        return jdbc.update("DELETE FROM voter_roll WHERE email = ?", email.value()) == 1;
    }

    private static RollEntry entry(ResultSet rs) throws SQLException {
        return new RollEntry(new Email(rs.getString("email")), new MemberName(rs.getString("name")),
                Part.valueOf(rs.getString("part")), Team.orNone(rs.getString("team")));
    }
}
