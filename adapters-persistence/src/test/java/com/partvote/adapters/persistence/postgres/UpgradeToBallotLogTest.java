package com.partvote.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.adapters.persistence.testsupport.MigratedDatabase;
import com.partvote.application.port.out.BallotLogPort;
import com.partvote.application.port.out.BallotLogPort.Sequencing;
import com.partvote.application.port.out.contract.TestSigner;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.log.BallotTracker;
import com.partvote.domain.log.LogAudit;
import com.partvote.domain.log.LogTally;
import com.partvote.domain.log.PublishedEntry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Migration 7 on a database of the previous main (schema V6): every existing sheet gets its
 * member's tracker and one pending entry holding it, so that once the sequencer has run the log's
 * tally is the tally, and the upgraded database logs new changes after them. (In this package,
 * not {@code migration}, because it runs the adapter's own sequencer on the upgraded database.)
 */
class UpgradeToBallotLogTest {

    @Test
    void existingSheetsEnterTheLogSoThatItsTallyIsTheTally() {
        MigratedDatabase db = MigratedDatabase.at("6");
        JdbcTemplate jdbc = db.jdbc();
        for (int i = 1; i <= 4; i++) {
            jdbc.update("INSERT INTO member (name, email, part, password_hash, created_at) VALUES (?, ?, 'FE', 'x', now())",
                    "회원" + i, "m" + i + "@example.com");
        }
        long[] m = jdbc.queryForList("SELECT id FROM member ORDER BY id", Long.class).stream().mapToLong(Long::longValue).toArray();
        long fe = jdbc.queryForObject("SELECT id FROM election WHERE slug = 'fe-leader'", Long.class);
        long be = jdbc.queryForObject("SELECT id FROM election WHERE slug = 'be-leader'", Long.class);
        long[] c = new long[3];
        for (int i = 0; i < 3; i++) {
            c[i] = jdbc.queryForObject("INSERT INTO choice (election_id, source_key, name, part, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, now(), now()) RETURNING id", Long.class, i < 2 ? fe : be, "k" + i, "후보" + i,
                    i < 2 ? "FE" : "BE");
        }
        long[][] sheets = {{fe, m[0], c[0], c[1]}, {fe, m[1], c[1]}, {fe, m[2], c[0]}, {be, m[0], c[2]}, {be, m[3], c[2]}};
        for (long[] s : sheets) {
            jdbc.update("INSERT INTO ballot_sheet (election_id, voter_id, size, updated_at) VALUES (?, ?, ?, now())",
                    s[0], s[1], s.length - 2);
            for (int i = 2; i < s.length; i++) {
                jdbc.update("INSERT INTO ballot (election_id, voter_id, choice_id, cast_at) VALUES (?, ?, ?, now())",
                        s[0], s[1], s[i]);
            }
        }

        db.upgrade();

        assertThat(jdbc.queryForList("SELECT array_to_string(choices, ',') FROM ballot_sheet WHERE voter_id = ? ORDER BY election_id",
                String.class, m[0])).as("the sheet carries its choices").containsExactly(c[0] + "," + c[1], Long.toString(c[2]));
        List<String> trackers = jdbc.queryForList("SELECT tracker FROM ballot_tracker", String.class);
        assertThat(trackers).hasSize(5).doesNotHaveDuplicates().allSatisfy(BallotTracker::new);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ballot_log WHERE leaf_index IS NULL", Long.class))
                .as("one pending entry per sheet").isEqualTo(5L);

        DataSourceTransactionManager manager = new DataSourceTransactionManager(db.dataSource());
        BallotLogPort log = TransactionPerCall.wrap(BallotLogPort.class, new SqlBallotLog(jdbc), new TransactionTemplate(manager));
        TestSigner signer = TestSigner.generate();
        for (long election : new long[] {fe, be}) {
            ElectionId id = new ElectionId(election);
            log.sequence(id, Sequencing.NOW, signer);
            List<PublishedEntry> entries = log.entries(id, 0, 100);
            assertThat(LogAudit.entries(id, entries)).isEmpty();
            assertThat(LogAudit.roots(entries.stream().map(PublishedEntry::leafHash).toList(), log.heads(id))).isEmpty();
            Map<ChoiceId, Long> tally = new HashMap<>();
            jdbc.query("SELECT choice_id, sum(votes) FROM choice_tally t JOIN choice ch ON ch.id = t.choice_id "
                    + "WHERE ch.election_id = ? GROUP BY choice_id", rs -> {
                        tally.put(new ChoiceId(rs.getLong(1)), rs.getLong(2));
                    }, election);
            assertThat(LogTally.of(entries.stream().map(PublishedEntry::entry).toList()).compareWith(tally))
                    .as("the log's tally of %s", election).isEmpty();
        }
        Set<String> feTrackers = new HashSet<>(jdbc.queryForList(
                "SELECT tracker FROM ballot_tracker WHERE election_id = ?", String.class, fe));
        assertThat(feTrackers).hasSize(3);
    }
}
