package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import com.partvote.bootstrap.e2e.LogElections.Created;
import com.partvote.bootstrap.e2e.LogElections.Verified;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.log.BallotTracker;
import com.partvote.domain.log.Hash;
import com.partvote.domain.log.LogEntry;
import com.partvote.domain.log.LogKey;
import com.partvote.domain.log.TreeHead;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An operator with database access tampers with a closed election's log, each test one way, past
 * the append-only triggers (switched off, as such an operator could): the stranger's verifier, run
 * against the server, fails naming the entry or head, and publication is refused with LOG_MISMATCH
 * and publishes nothing. The untouched election verifies and publishes.
 */
@PostgresApiTest
class BallotLogTamperPostgresTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    LogElections elections;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        elections = new LogElections(api, port);
    }

    /** Six voters, one change each (entries 0 to 5), then closed: its closing head covers them all. */
    private Created aClosedElectionOfSixBallots() {
        Created e = elections.open("LIVE");
        for (int i = 0; i < 6; i++) {
            LoggedIn voter = api.logIn(api.newMember(i % 2 == 0 ? "FE" : "BE"));
            elections.vote(voter, e.slug(), e.choices().get(i % 3));
        }
        Response closed = elections.step(e.slug(), "close");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ballot_log WHERE election_id = ? AND leaf_index IS NOT NULL",
                Long.class, e.id())).isEqualTo(6L);
        return e;
    }

    /** Runs a statement on a log table with its append-only trigger off, as an operator with the database could. */
    private void tamper(String table, String trigger, String sql, Object... args) {
        jdbc.execute("ALTER TABLE " + table + " DISABLE TRIGGER " + trigger);
        try {
            jdbc.update(sql, args);
        } finally {
            jdbc.execute("ALTER TABLE " + table + " ENABLE TRIGGER " + trigger);
        }
    }

    private void tamperWithEntries(String sql, Object... args) {
        tamper("ballot_log", "ballot_log_append_only", sql, args);
    }

    private Response publishRefused(Created e) {
        Response refused = elections.step(e.slug(), "publish");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("LOG_MISMATCH");
        assertThat(api.get("/api/elections/" + e.slug() + "/").detail().get("state").asString())
                .as("nothing published").isEqualTo("CLOSED");
        return refused;
    }

    private Verified failed(Created e) {
        Verified v = elections.verify(e.slug());
        assertThat(v.status()).as(v.output()).isEqualTo(1);
        assertThat(v.output()).startsWith("FAILED: ");
        return v;
    }

    @Test
    void anUntouchedElectionVerifiesAndPublishes() {
        Created e = aClosedElectionOfSixBallots();
        Verified v = elections.verify(e.slug());
        assertThat(v.status()).as(v.output()).isZero();
        assertThat(v.output()).matches("verified: 6 entries, \\d+ heads, tally equal");
        assertThat(elections.step(e.slug(), "publish").status()).isEqualTo(200);
        assertThat(elections.verify(e.slug()).output()).matches("verified: 6 entries, \\d+ heads, tally equal");
    }

    @Test
    void oneChoiceChangedInTheLogIsNamedByItsEntry() {
        Created e = aClosedElectionOfSixBallots();
        tamperWithEntries("UPDATE ballot_log SET choices = ARRAY[?]::bigint[] WHERE election_id = ? AND leaf_index = 3",
                e.choices().get(1), e.id());

        assertThat(failed(e).output()).startsWith("FAILED: entry 3: its fields hash to");
        JsonNode detail = publishRefused(e).detail();
        assertThat(detail.get("entry").asLong()).isEqualTo(3);
        assertThat(detail.get("reason").asString()).contains("leaf hash");
    }

    @Test
    void aChoiceChangedAndRehashedBreaksTheRootOfTheHeadsThatCoverIt() {
        Created e = aClosedElectionOfSixBallots();
        // the forger recomputes the leaf hash too, which the encoding lets anyone do
        Map<String, Object> row = jdbc.queryForMap("SELECT tracker, recorded_at FROM ballot_log WHERE election_id = ? "
                + "AND leaf_index = 3", e.id());
        LogEntry forged = new LogEntry(new ElectionId(e.id()), 3, ((Timestamp) row.get("recorded_at")).toInstant(),
                new BallotTracker((String) row.get("tracker")), List.of(new ChoiceId(e.choices().get(1))));
        tamperWithEntries("UPDATE ballot_log SET choices = ARRAY[?]::bigint[], leaf_hash = ? WHERE election_id = ? AND leaf_index = 3",
                e.choices().get(1), forged.leafHash().bytes(), e.id());

        // the first head signed after entry 3 was recorded no longer matches; which one depends on the sequencer's ticks
        assertThat(failed(e).output()).matches("FAILED: head of size [4-6]: its root [0-9a-f]{64} is not the root of the "
                + "entries \\(changed among entries [0-3] to [3-5]\\)");
        assertThat(publishRefused(e).detail().get("head").asLong()).isBetween(4L, 6L);
    }

    @Test
    void aDeletedEntryIsNamed() {
        Created e = aClosedElectionOfSixBallots();
        tamperWithEntries("DELETE FROM ballot_log WHERE election_id = ? AND leaf_index = 2", e.id());

        assertThat(failed(e).output()).isEqualTo("FAILED: entry 2: missing: the log goes from entry 1 to entry 3");
        assertThat(publishRefused(e).detail().get("entry").asLong()).isEqualTo(2);
    }

    @Test
    void twoEntriesSwappedAreNamedAtTheFirstPlace() {
        Created e = aClosedElectionOfSixBallots();
        tamperWithEntries("""
                UPDATE ballot_log l SET tracker = o.tracker, choices = o.choices, recorded_at = o.recorded_at, leaf_hash = o.leaf_hash
                FROM ballot_log o WHERE l.election_id = ? AND o.election_id = l.election_id
                  AND ((l.leaf_index = 1 AND o.leaf_index = 4) OR (l.leaf_index = 4 AND o.leaf_index = 1))""", e.id());

        assertThat(failed(e).output()).startsWith("FAILED: entry 1: its fields hash to");
        assertThat(publishRefused(e).detail().get("entry").asLong()).isEqualTo(1);
    }

    @Test
    void headsResignedWithAnotherKeyAreNamed() throws Exception {
        Created e = aClosedElectionOfSixBallots();
        KeyPair forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String forgedId = LogKey.of(forger.getPublic()).id();
        for (Map<String, Object> h : jdbc.queryForList("SELECT tree_size, root_hash, signed_at FROM ballot_log_head "
                + "WHERE election_id = ?", e.id())) {
            TreeHead head = new TreeHead(new ElectionId(e.id()), (Long) h.get("tree_size"), Hash.of((byte[]) h.get("root_hash")),
                    ((Timestamp) h.get("signed_at")).toInstant());
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(forger.getPrivate());
            signer.update(head.signingBytes());
            tamper("ballot_log_head", "ballot_log_head_append_only", "UPDATE ballot_log_head SET signature = ?, key_id = ? "
                    + "WHERE election_id = ? AND tree_size = ? AND signed_at = ?", signer.sign(), forgedId, e.id(),
                    head.size(), h.get("signed_at"));
        }

        long first = api.get("/api/elections/" + e.slug() + "/log/heads/").detail().get(0).get("size").asLong();
        Verified v = failed(e);
        assertThat(v.output()).startsWith("FAILED: head of size " + first + ": is signed with key " + forgedId
                + ", not the log's key");
        String forgedKey = LogKey.of(forger.getPublic()).base64();
        assertThat(elections.verify(e.slug(), "--key", forgedKey).output())
                .as("a key kept from before is not the one the server publishes").contains("not the key given with --key");
        assertThat(publishRefused(e).detail().get("head").asLong()).isEqualTo(first);

        // the forger also claims the log's own key id: the signatures do not verify with it
        String realId = api.get("/api/log/key/").detail().get("key_id").asString();
        tamper("ballot_log_head", "ballot_log_head_append_only", "UPDATE ballot_log_head SET key_id = ? WHERE election_id = ?",
                realId, e.id());
        assertThat(failed(e).output()).isEqualTo("FAILED: head of size " + first + ": its signature does not verify with the "
                + "log's key");
    }

    @Test
    void anElectionClosedByTheClockGetsItsClosingHeadAndVerifies() {
        Created e = elections.open("LIVE", Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS));
        elections.vote(api.logIn(api.newMember("FE")), e.slug(), e.choices().get(0));
        Instant deadline = Instant.now().plusSeconds(30);
        Verified v;
        do {
            LogElections.sleep(250);
            v = elections.verify(e.slug());
            assertThat(Instant.now()).as(v.output()).isBefore(deadline);
        } while (!v.output().endsWith("tally equal"));
        assertThat(v.status()).isZero();
        assertThat(v.output()).matches("verified: 1 entries, \\d+ heads, tally equal");
    }
}
