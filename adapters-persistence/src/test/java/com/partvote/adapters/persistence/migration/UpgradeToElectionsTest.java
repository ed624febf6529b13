package com.partvote.adapters.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.adapters.persistence.testsupport.MigratedDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database created before elections existed (schema V2: members, candidates per part, ballots,
 * counts) upgrades in place: every ballot becomes a ballot of its part's election, every count
 * stays, and the upgraded database takes changes and withdrawals.
 */
class UpgradeToElectionsTest {

    @Test
    void theOldBallotsBecomeBallotsOfThePartElectionsWithTheirCountsUnchanged() {
        MigratedDatabase db = MigratedDatabase.at("2");
        JdbcTemplate jdbc = db.jdbc();

        // the previous main's data: 6 members (one a candidate), 4 candidates, ballots across both parts
        for (int i = 1; i <= 6; i++) {
            jdbc.update("INSERT INTO member (name, email, part, password_hash, created_at) VALUES (?, ?, ?, 'x', now())",
                    "회원" + i, "m" + i + "@example.com", i <= 3 ? "FE" : "BE");
        }
        long[] m = jdbc.queryForList("SELECT id FROM member ORDER BY id", Long.class).stream().mapToLong(Long::longValue).toArray();
        jdbc.update("INSERT INTO candidate (source_key, name, part, team, created_at, updated_at) VALUES "
                + "('fe-01', '김채림', 'FE', '포켓돈', now(), now()), ('fe-02', '신성우', 'FE', NULL, now(), now()), "
                + "('be-01', '김경민', 'BE', NULL, now(), now())");
        jdbc.update("INSERT INTO candidate (source_key, name, part, member_email, member_id, created_at, updated_at) "
                + "VALUES ('be-02', '김도연', 'BE', 'm6@example.com', ?, now(), now())", m[5]);
        Map<String, Long> c = Map.of(
                "fe-01", id(jdbc, "fe-01"), "fe-02", id(jdbc, "fe-02"), "be-01", id(jdbc, "be-01"), "be-02", id(jdbc, "be-02"));
        long[][] ballots = {{m[0], c.get("fe-01")}, {m[0], c.get("fe-02")}, {m[1], c.get("fe-01")}, {m[2], c.get("fe-02")},
                {m[3], c.get("be-01")}, {m[3], c.get("be-02")}, {m[4], c.get("be-02")}, {m[0], c.get("be-01")}};
        for (long[] b : ballots) {
            jdbc.update("INSERT INTO ballot (voter_id, candidate_id, cast_at) VALUES (?, ?, now())", b[0], b[1]);
        }
        Map<Long, Long> countsBefore = counts(jdbc, "candidate_tally", "candidate_id");
        long ballotsBefore = jdbc.queryForObject("SELECT count(*) FROM ballot", Long.class);

        db.upgrade();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM ballot", Long.class)).isEqualTo(ballotsBefore);
        assertThat(counts(jdbc, "choice_tally", "choice_id")).isEqualTo(countsBefore);
        assertThat(countsBefore).isEqualTo(Map.of(c.get("fe-01"), 2L, c.get("fe-02"), 2L, c.get("be-01"), 2L, c.get("be-02"), 2L));
        assertThat(jdbc.queryForList("SELECT slug FROM election ORDER BY id", String.class)).containsExactly("fe-leader", "be-leader");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM choice c JOIN election e ON e.id = c.election_id "
                + "WHERE e.part = c.part", Long.class)).as("every candidate in its part's election").isEqualTo(4L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ballot b JOIN choice c ON c.id = b.choice_id "
                + "WHERE b.election_id = c.election_id", Long.class)).isEqualTo(ballotsBefore);
        // sheets: one per (election, voter); m1 voted in both parts before, so holds a sheet in each
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ballot_sheet", Long.class)).isEqualTo(6L);
        assertThat(jdbc.queryForObject("SELECT sum(size) FROM ballot_sheet", Long.class)).isEqualTo(ballotsBefore);
        assertThat(jdbc.queryForList("SELECT e.slug || '=' || sum(t.voters) FROM election_turnout t JOIN election e "
                + "ON e.id = t.election_id GROUP BY e.slug ORDER BY e.slug", String.class))
                .containsExactly("be-leader=3", "fe-leader=3");
        assertThat(jdbc.queryForObject("SELECT member_id FROM choice WHERE source_key = 'be-02'", Long.class))
                .as("the candidate stays the member").isEqualTo(m[5]);

        // and the upgraded database keeps counting: a withdrawal subtracts, new ids continue
        jdbc.update("DELETE FROM ballot_sheet WHERE voter_id = ? AND election_id = (SELECT id FROM election WHERE slug = 'fe-leader')", m[0]);
        assertThat(counts(jdbc, "choice_tally", "choice_id")).containsEntry(c.get("fe-01"), 1L).containsEntry(c.get("fe-02"), 1L);
        jdbc.update("INSERT INTO choice (election_id, source_key, name, part, created_at, updated_at) "
                + "SELECT id, 'fe-03', '오민지', 'FE', now(), now() FROM election WHERE slug = 'fe-leader'");
        assertThat(id(jdbc, "fe-03")).isGreaterThan(c.get("be-02"));
    }

    private static long id(JdbcTemplate jdbc, String key) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM " + (table(jdbc)) + " WHERE source_key = ?", Long.class, key);
        return ids.get(0);
    }

    private static String table(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT CASE WHEN to_regclass('choice') IS NULL THEN 'candidate' ELSE 'choice' END", String.class);
    }

    private static Map<Long, Long> counts(JdbcTemplate jdbc, String table, String column) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        jdbc.query("SELECT " + column + ", sum(votes) FROM " + table + " GROUP BY " + column,
                rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }
}
