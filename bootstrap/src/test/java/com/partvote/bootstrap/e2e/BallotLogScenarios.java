package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import com.partvote.bootstrap.e2e.LogElections.Created;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.log.BallotTracker;
import com.partvote.domain.log.Hash;
import com.partvote.domain.log.LogEntry;
import com.partvote.domain.log.LogKey;
import com.partvote.domain.log.MerkleTree;
import com.partvote.domain.log.SignedTreeHead;
import com.partvote.domain.log.TreeHead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The ballot log over HTTP, on both stores: a vote answers its tracker, the receipt and the public
 * proof show it in a signed head, the proofs check with nothing but RFC 9162 and the published
 * key, a withdrawn and recast ballot counts once, and an untouched election verifies.
 */
abstract class BallotLogScenarios {

    @LocalServerPort
    int port;

    ApiClient api;
    LogElections elections;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        elections = new LogElections(api, port);
    }

    private static List<Hash> hashes(JsonNode array) {
        List<Hash> hashes = new ArrayList<>();
        array.forEach(h -> hashes.add(Hash.ofHex(h.asString())));
        return hashes;
    }

    private static SignedTreeHead head(JsonNode h) {
        return new SignedTreeHead(new TreeHead(new ElectionId(h.get("election").asLong()), h.get("size").asLong(),
                Hash.ofHex(h.get("root_hash").asString()), Instant.parse(h.get("timestamp").asString())),
                h.get("key_id").asString(), h.get("signature").asString());
    }

    private static LogEntry entry(long election, JsonNode e) {
        List<ChoiceId> choices = new ArrayList<>();
        e.get("choices").forEach(c -> choices.add(new ChoiceId(c.asLong())));
        return new LogEntry(new ElectionId(election), e.get("index").asLong(), Instant.parse(e.get("time").asString()),
                new BallotTracker(e.get("tracker").asString()), choices);
    }

    @Test
    void aVoteAnswersItsTrackerAndItsReceiptIsProvenInASignedHead() {
        Created e = elections.open("LIVE");
        LoggedIn voter = api.logIn(api.newMember("FE"));
        String tracker = elections.vote(voter, e.slug(), e.choices().get(0)).detail().get("tracker").asString();
        assertThat(new BallotTracker(tracker).value()).isEqualTo(tracker);
        assertThat(elections.replace(voter, e.slug(), e.choices().get(1), e.choices().get(2)).detail().get("tracker").asString())
                .as("one tracker per member and election").isEqualTo(tracker);
        assertThat(api.get("/api/elections/" + e.slug() + "/ballot/", voter.bearer()).detail().get("tracker").asString())
                .isEqualTo(tracker);

        JsonNode receipt = elections.sequencedReceipt(voter, e.slug());
        assertThat(receipt.get("tracker").asString()).isEqualTo(tracker);
        assertThat(receipt.get("choices").toString()).isEqualTo("[" + e.choices().get(1) + "," + e.choices().get(2) + "]");
        long index = receipt.get("leaf_index").asLong();
        assertThat(receipt.get("head").get("size").asLong()).isGreaterThan(index);

        Response proof = api.get("/api/elections/" + e.slug() + "/log/proof?tracker=" + tracker);
        assertThat(proof.status()).as(proof.toString()).isEqualTo(200);
        assertThat(api.get("/api/elections/" + e.slug() + "/log/proof/?tracker=" + tracker).raw()).isEqualTo(proof.raw());
        JsonNode entryJson = proof.detail().get("entry");
        LogEntry entry = entry(e.id(), entryJson);
        assertThat(entry.index()).isEqualTo(index);
        assertThat(entry.leafHash().hex()).as("the entry's fields hash to its leaf hash").isEqualTo(entryJson.get("leaf_hash").asString());
        SignedTreeHead head = head(proof.detail().get("head"));
        assertThat(MerkleTree.verifyInclusion(index, head.size(), entry.leafHash(), hashes(proof.detail().get("proof")),
                head.head().root())).as("the inclusion proof").isTrue();
        JsonNode keyJson = api.get("/api/log/key").detail();
        assertThat(api.get("/api/log/key/").raw()).isEqualTo(api.get("/api/log/key").raw());
        LogKey key = LogKey.ofBase64(keyJson.get("public_key").asString());
        assertThat(keyJson.get("key_id").asString()).isEqualTo(key.id());
        assertThat(key.signed(head)).as("the head's signature, with the published key").isTrue();

        JsonNode heads = api.get("/api/elections/" + e.slug() + "/log/heads/").detail();
        assertThat(api.get("/api/elections/" + e.slug() + "/log/heads").raw()).isEqualTo(api.get("/api/elections/" + e.slug()
                + "/log/heads/").raw());
        SignedTreeHead first = head(heads.get(0));
        SignedTreeHead latest = head(api.get("/api/elections/" + e.slug() + "/log/head").detail());
        assertThat(api.get("/api/elections/" + e.slug() + "/log/head/").status()).isEqualTo(200);
        JsonNode consistency = api.get("/api/elections/" + e.slug() + "/log/consistency?from=" + first.size() + "&to="
                + latest.size()).detail();
        assertThat(MerkleTree.verifyConsistency(first.size(), latest.size(), first.head().root(), latest.head().root(),
                hashes(consistency.get("proof")))).as("the first head extends to the latest").isTrue();

        JsonNode page = api.get("/api/elections/" + e.slug() + "/log/?from=0&limit=1").detail();
        assertThat(page.get("election").asLong()).isEqualTo(e.id());
        assertThat(page.get("entries")).hasSize(1);
        assertThat(page.get("next").asLong()).isEqualTo(1);
        Response all = api.get("/api/elections/" + e.slug() + "/log");
        assertThat(all.detail().get("entries")).hasSize(2);
        assertThat(all.raw()).as("no member in the public log").doesNotContain(voter.member().email())
                .doesNotContain("\"member").doesNotContain("voter");
    }

    @Test
    void aTrackerTheLogDoesNotHoldOrCannotBeIsRefused() {
        Created e = elections.open("LIVE");
        String base = "/api/elections/" + e.slug() + "/log/proof?tracker=";
        Response unknown = api.get(base + "AAAAAAAAAAAAAAAAAAAAAA", "Accept-Language", "en");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("TRACKER_NOT_FOUND");
        assertThat(unknown.json().get("message").asString()).contains("tracker");
        assertThat(api.get(base + "short").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get("/api/elections/" + e.slug() + "/log/proof").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get("/api/elections/" + e.slug() + "/log/?limit=1001").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get("/api/elections/" + e.slug() + "/log/consistency?from=0&to=999999").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get("/api/elections/no-such-election/log/").code()).isEqualTo("ELECTION_NOT_FOUND");
        LoggedIn stranger = api.logIn(api.newMember("BE"));
        assertThat(api.get("/api/elections/" + e.slug() + "/ballot/receipt", stranger.bearer()).code())
                .as("no ballot, no receipt").isEqualTo("TRACKER_NOT_FOUND");
        assertThat(api.get("/api/elections/" + e.slug() + "/ballot/receipt").code()).isEqualTo("TOKEN_MISSING");
    }

    @Test
    void aWithdrawnThenRecastBallotCountsOnceAndAPublishedElectionVerifies() {
        Created e = elections.open("AFTER_CLOSE");
        LoggedIn recast = api.logIn(api.newMember("FE"));
        LoggedIn gone = api.logIn(api.newMember("BE"));
        LoggedIn steady = api.logIn(api.newMember("FE"));
        elections.vote(recast, e.slug(), e.choices().get(0));
        elections.vote(gone, e.slug(), e.choices().get(1));
        elections.withdraw(recast, e.slug());
        elections.withdraw(gone, e.slug());
        elections.vote(recast, e.slug(), e.choices().get(0));
        elections.vote(steady, e.slug(), e.choices().get(0));
        elections.vote(steady, e.slug(), e.choices().get(2));

        JsonNode receipt = elections.sequencedReceipt(gone, e.slug());
        assertThat(receipt.get("choices")).as("the withdrawal is the latest entry").isEmpty();
        assertThat(api.get("/api/elections/" + e.slug() + "/log/").code()).as("entries embargoed with the results")
                .isEqualTo("RESULTS_EMBARGOED");
        assertThat(api.get("/api/elections/" + e.slug() + "/log/proof?tracker=" + receipt.get("tracker").asString()).status())
                .as("a voter's own proof is not").isEqualTo(200);
        assertThat(elections.verify(e.slug()).output()).startsWith("verified: ").contains("not public until the results");

        assertThat(elections.step(e.slug(), "close").detail().get("state").asString()).isEqualTo("CLOSED");
        Response published = elections.step(e.slug(), "publish");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);

        JsonNode standings = api.get("/api/elections/" + e.slug() + "/results/").detail().get("standings");
        assertThat(standings.get(0).get("id").asLong()).isEqualTo(e.choices().get(0));
        assertThat(standings.get(0).get("vote_count").asLong()).as("recast counts once").isEqualTo(2);
        LogElections.Verified verified = elections.verify(e.slug());
        assertThat(verified.status()).as(verified.output()).isZero();
        assertThat(verified.output()).isEqualTo("verified: 7 entries, " + api.get("/api/elections/" + e.slug() + "/log/heads/")
                .detail().size() + " heads, tally equal");
        String key = api.get("/api/log/key/").detail().get("public_key").asString();
        assertThat(elections.verify(e.slug(), "--key", key).status()).as("with the key kept from before").isZero();
    }

    @Test
    void theSeedVoteIsLoggedToo() {
        LoggedIn voter = api.logIn(api.newMember("FE"));
        long candidate = api.get("/api/candidates/?part=FE").detail().get(0).get("id").asLong();
        assertThat(api.vote(voter, candidate).status()).isEqualTo(201);
        JsonNode receipt = elections.sequencedReceipt(voter, "fe-leader");
        assertThat(receipt.get("choices").toString()).isEqualTo("[" + candidate + "]");
    }
}
