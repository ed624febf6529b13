package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import com.partvote.verifier.Verify;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Elections for the ballot log's end-to-end tests, run through the admin API: created open, voted
 * in, closed, published; the receipt awaited; the verifier run in this process against the server.
 */
final class LogElections {

    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final ApiClient api;
    private final int port;
    final LoggedIn admin;

    LogElections(ApiClient api, int port) {
        this.api = api;
        this.port = port;
        this.admin = api.configuredAdmin();
    }

    record Created(String slug, long id, List<Long> choices) {
    }

    /** An election opened now by the admin, with three choices; {@code results}: LIVE or AFTER_CLOSE. */
    Created open(String results) {
        return open(results, null);
    }

    /** The same, but open since a minute ago and closing by the clock at {@code closes} (null: as above). */
    Created open(String results, Instant closes) {
        String slug = "log-" + UNIQUE.incrementAndGet();
        String body = """
                {"slug":"%s","title":"투표 기록","kind":"CANDIDATES","results":"%s","rules":[],"opens_at":"%s",%s
                 "choices":[{"key":"a","name":"김채림"},{"key":"b","name":"신성우"},{"key":"c","name":"오민지"}]}
                """.formatted(slug, results, Instant.now().plus(closes == null ? 60 : -60, ChronoUnit.SECONDS)
                        .truncatedTo(ChronoUnit.SECONDS), closes == null ? "" : "\"closes_at\":\"" + closes + "\",");
        Response created = api.post("/api/admin/elections/", body, admin.bearer());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        if (closes == null) {
            assertThat(step(slug, "schedule").detail().get("state").asString()).isEqualTo("SCHEDULED");
            // opened by the admin, so that the clock has no opening of its own to write to the audit trail
            assertThat(step(slug, "open").detail().get("state").asString()).isEqualTo("OPEN");
        } else {
            assertThat(step(slug, "schedule").detail().get("state").asString()).isEqualTo("OPEN");
        }
        JsonNode election = api.get("/api/elections/" + slug + "/", admin.bearer()).detail();
        List<Long> choices = new ArrayList<>();
        election.get("choices").forEach(c -> choices.add(c.get("id").asLong()));
        return new Created(slug, election.get("id").asLong(), choices);
    }

    Response step(String slug, String step) {
        return api.post("/api/admin/elections/" + slug + "/" + step + "/", "", admin.bearer());
    }

    Response vote(LoggedIn voter, String slug, long choice) {
        Response r = api.post("/api/elections/" + slug + "/votes/", "{\"choice\":" + choice + "}", voter.bearer());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r;
    }

    Response replace(LoggedIn voter, String slug, long... choices) {
        StringBuilder list = new StringBuilder();
        for (long c : choices) {
            list.append(list.isEmpty() ? "" : ",").append(c);
        }
        Response r = api.send("PUT", "/api/elections/" + slug + "/ballot/", "{\"choices\":[" + list + "]}", voter.bearer());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    Response withdraw(LoggedIn voter, String slug) {
        Response r = api.delete("/api/elections/" + slug + "/ballot/", voter.bearer());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    /** The voter's receipt once the sequencer has put their latest change in a signed head. */
    JsonNode sequencedReceipt(LoggedIn voter, String slug) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            Response r = api.get("/api/elections/" + slug + "/ballot/receipt/", voter.bearer());
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            if (!r.detail().get("head").isNull()) {
                return r.detail();
            }
            assertThat(Instant.now()).as("the sequencer signs a head within seconds").isBefore(deadline);
            sleep(100);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The verifier's exit status and what it printed. */
    record Verified(int status, String output) {
    }

    Verified verify(String slug, String... more) {
        List<String> args = new ArrayList<>(List.of("--election", slug, "--url", "http://localhost:" + port));
        args.addAll(List.of(more));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Verify.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Verified(status, out.toString(StandardCharsets.UTF_8).strip());
    }
}
