package com.partvote.verifier;

import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.log.BallotTracker;
import com.partvote.domain.log.Hash;
import com.partvote.domain.log.LogEntry;
import com.partvote.domain.log.LogKey;
import com.partvote.domain.log.PublishedEntry;
import com.partvote.domain.log.SignedTreeHead;
import com.partvote.domain.log.TreeHead;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the verifier reads from a partvote server, over its public routes only (no login): the
 * election, the log's key, heads, consistency proofs, entries and the results. Turns the JSON into
 * the domain's values, so that every check is the domain's own, and trusts nothing it reads:
 * a malformed answer is a failure like any other.
 */
final class LogServer {

    /** The election as its public route describes it. */
    record Election(ElectionId id, String state, Optional<Instant> closesAt) {
    }

    /** The server could not be read, or answered something that is not the API. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /** The server refused with an error code (RESULTS_EMBARGOED, ...). */
    static final class Refused extends Exception {
        private final String code;

        Refused(String code, String message) {
            super(message);
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int PAGE = 1000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;
    private final String election;

    LogServer(String base, String election) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.election = URLEncoder.encode(election, StandardCharsets.UTF_8);
    }

    Election election() throws Unreadable, Refused {
        JsonNode d = detail("/api/elections/" + election + "/");
        JsonNode closes = d.path("closes_at");
        return new Election(new ElectionId(d.path("id").asLong()), d.path("state").asString(),
                closes.isNull() || closes.isMissingNode() ? Optional.empty() : Optional.of(Instant.parse(closes.asString())));
    }

    LogKey key() throws Unreadable, Refused {
        JsonNode d = detail("/api/log/key/");
        try {
            return LogKey.ofBase64(d.path("public_key").asString());
        } catch (RuntimeException e) {
            throw new Unreadable("the published key is not an Ed25519 key: " + e.getMessage());
        }
    }

    List<SignedTreeHead> heads() throws Unreadable, Refused {
        List<SignedTreeHead> heads = new ArrayList<>();
        for (JsonNode h : detail("/api/elections/" + election + "/log/heads/")) {
            heads.add(head(h));
        }
        return heads;
    }

    private static SignedTreeHead head(JsonNode h) throws Unreadable {
        try {
            TreeHead head = new TreeHead(new ElectionId(h.path("election").asLong()), h.path("size").asLong(),
                    Hash.ofHex(h.path("root_hash").asString()), Instant.parse(h.path("timestamp").asString()));
            return new SignedTreeHead(head, h.path("key_id").asString(), h.path("signature").asString());
        } catch (RuntimeException e) {
            throw new Unreadable("a head the server sent is malformed: " + h);
        }
    }

    List<Hash> consistency(long from, long to) throws Unreadable, Refused {
        JsonNode d = detail("/api/elections/" + election + "/log/consistency/?from=" + from + "&to=" + to);
        return hashes(d.path("proof"));
    }

    private static List<Hash> hashes(JsonNode array) throws Unreadable {
        List<Hash> hashes = new ArrayList<>();
        try {
            for (JsonNode h : array) {
                hashes.add(Hash.ofHex(h.asString()));
            }
        } catch (RuntimeException e) {
            throw new Unreadable("a proof the server sent is malformed: " + array);
        }
        return hashes;
    }

    /** One page of entries from leaf index {@code from}. */
    List<PublishedEntry> entries(ElectionId id, long from) throws Unreadable, Refused {
        JsonNode d = detail("/api/elections/" + election + "/log/?from=" + from + "&limit=" + PAGE);
        List<PublishedEntry> entries = new ArrayList<>();
        for (JsonNode e : d.path("entries")) {
            try {
                List<ChoiceId> choices = new ArrayList<>();
                for (JsonNode c : e.path("choices")) {
                    choices.add(new ChoiceId(c.asLong()));
                }
                LogEntry entry = new LogEntry(id, e.path("index").asLong(), Instant.parse(e.path("time").asString()),
                        new BallotTracker(e.path("tracker").asString()), choices);
                entries.add(new PublishedEntry(entry, Hash.ofHex(e.path("leaf_hash").asString())));
            } catch (RuntimeException malformed) {
                throw new Unreadable("an entry the server sent is malformed: " + e);
            }
        }
        return entries;
    }

    /** The results' vote count per choice. */
    Map<ChoiceId, Long> results() throws Unreadable, Refused {
        Map<ChoiceId, Long> votes = new HashMap<>();
        for (JsonNode s : detail("/api/elections/" + election + "/results/").path("standings")) {
            votes.put(new ChoiceId(s.path("id").asLong()), s.path("vote_count").asLong());
        }
        return votes;
    }

    private JsonNode detail(String path) throws Unreadable, Refused {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").header("Accept-Language", "en").GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new Unreadable("GET " + base + path + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreadable("interrupted");
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new Unreadable("GET " + path + " answered " + response.statusCode() + " without JSON");
        }
        if (response.statusCode() != 200) {
            throw new Refused(body.path("code").asString(), "GET " + path + " answered " + response.statusCode() + " "
                    + body.path("code").asString() + ": " + body.path("message").asString());
        }
        return body.path("detail");
    }
}
