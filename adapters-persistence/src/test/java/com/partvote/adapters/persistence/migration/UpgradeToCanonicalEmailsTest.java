package com.partvote.adapters.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.partvote.adapters.persistence.testsupport.MigratedDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration 4 on a database of the previous main: stored emails take the canonical form, accounts
 * that would collide are reported and left alone (never merged), candidate links follow.
 */
class UpgradeToCanonicalEmailsTest {

    @Test
    void storedEmailsBecomeCanonicalAndCollisionsAreReportedNotMerged() {
        MigratedDatabase db = MigratedDatabase.at("3");
        JdbcTemplate jdbc = db.jdbc();

        String[] stored = {
            "nfd.jose\u0301@example.com",      // 1: decomposed, alone: normalised
            "kim@example.com",                  // 2: already canonical
            "kim@example.com\u00A0",            // 3: collides with 2, which keeps it
            "\uFF4C\uFF45\uFF45@example.com",   // 4: fullwidth "lee", alone: normalised
            "park@xn--3e0b707e.kr",             // 5: punycode domain: Unicode form
            "filler\u3164@example.com",         // 6: does not survive: reported
            "choi@Example.com\u00A0",           // 7: oldest of two non-canonical spellings: takes it
            "choi@example.com\u3000",           // 8: collides with 7
        };
        for (int i = 0; i < stored.length; i++) {
            jdbc.update("INSERT INTO member (name, email, part, password_hash, created_at) VALUES (?, ?, 'FE', 'x', now())",
                    "회원" + (i + 1), stored[i]);
        }
        long[] m = jdbc.queryForList("SELECT id FROM member ORDER BY id", Long.class).stream().mapToLong(Long::longValue).toArray();
        long election = jdbc.queryForObject("SELECT id FROM election WHERE slug = 'fe-leader'", Long.class);
        jdbc.update("INSERT INTO choice (election_id, source_key, name, part, member_email, created_at, updated_at) "
                + "VALUES (?, 'fe-09', '이수', 'FE', ?, now(), now())", election, "\uFF4C\uFF45\uFF45@EXAMPLE.com");
        long membersBefore = jdbc.queryForObject("SELECT count(*) FROM member", Long.class);

        db.upgrade();

        assertThat(jdbc.queryForList("SELECT email FROM member ORDER BY id", String.class)).containsExactly(
                "nfd.jos\u00E9@example.com", "kim@example.com", "kim@example.com\u00A0", "lee@example.com",
                "park@\uD55C\uAD6D.kr", "filler\u3164@example.com", "choi@example.com", "choi@example.com\u3000");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM member", Long.class)).as("no account merged").isEqualTo(membersBefore);
        List<Map<String, Object>> review = jdbc.queryForList(
                "SELECT member_id, reason, taken_by FROM member_email_review ORDER BY member_id");
        assertThat(review).extracting(r -> r.get("member_id"), r -> r.get("reason"), r -> r.get("taken_by")).containsExactly(
                tuple(m[2], "COLLISION", m[1]),
                tuple(m[5], "NOT_AN_ADDRESS", null),
                tuple(m[7], "COLLISION", m[6]));
        assertThat(jdbc.queryForMap("SELECT member_email, member_id FROM choice WHERE source_key = 'fe-09'"))
                .as("the candidate link is canonical and resolved").containsEntry("member_email", "lee@example.com")
                .containsEntry("member_id", m[3]);
    }
}
