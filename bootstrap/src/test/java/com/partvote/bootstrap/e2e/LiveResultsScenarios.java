package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import com.partvote.bootstrap.e2e.EventStream.Block;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The live results over real HTTP, read as a browser's EventSource reads them: the first event,
 * votes arriving, the embargo and its end, resuming, the 404s, and a stream ending with its
 * token's session. Concrete subclasses choose the persistence adapter.
 */
abstract class LiveResultsScenarios extends ApiScenarios {

    static String stream(String election) {
        return "/api/elections/" + election + "/results/stream/";
    }

    private JsonNode results(String election, String... headers) {
        Response r = api.get("/api/elections/" + election + "/results/", headers);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.detail();
    }

    private long choice(String election, int index, String... headers) {
        return api.get("/api/elections/" + election + "/", headers).detail().get("choices").get(index).get("id").asLong();
    }

    static long votesOf(Block event, long choice) {
        for (JsonNode s : event.json().get("standings")) {
            if (s.get("id").asLong() == choice) {
                return s.get("vote_count").asLong();
            }
        }
        throw new AssertionError("no choice " + choice + " in " + event.data());
    }

    private static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }

    /** A new election through the admin API, opened now: its slug. */
    private String openElection(LoggedIn admin, String results) {
        String slug = "live-" + System.nanoTime() % 1_000_000_000L;
        Response created = api.post("/api/admin/elections/", """
                {"slug":"%s","title":"실시간 개표","kind":"CANDIDATES","results":"%s","rules":["MAX_CHOICES(1)"],
                 "choices":[{"key":"a","name":"가후보"},{"key":"b","name":"나후보"}]}
                """.formatted(slug, results), admin.bearer());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        step(admin, slug, "open");
        return slug;
    }

    private void step(LoggedIn admin, String slug, String step) {
        Response r = api.post("/api/admin/elections/" + slug + "/" + step + "/", "", admin.bearer());
        assertThat(r.status()).as(step + ": " + r).isEqualTo(200);
    }

    @Test
    void theStreamStartsWithTheResultsRoutesStandingsAndARetryHint() {
        try (EventStream s = EventStream.open(port, stream("fe-leader"))) {
            assertThat(s.status()).isEqualTo(200);
            assertThat(s.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
            assertThat(s.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(s.headers().firstValue("X-Accel-Buffering")).hasValue("no");
            Block first = s.next();

            assertThat(first.event()).isEqualTo("standings");
            assertThat(first.retry()).isEqualTo(2000L);
            assertThat(first.id()).matches("[0-9a-f]{16}");
            assertThat(first.data()).doesNotContain("\n");
            JsonNode data = first.json();
            assertThat(data.propertyNames()).containsExactly("election", "state", "standings", "ballots", "voters",
                    "generated_at");
            assertThat(data.get("standings").get(0).propertyNames()).containsExactly("id", "name", "vote_count", "rank");
            ObjectNode rest = (ObjectNode) results("fe-leader");
            ObjectNode live = (ObjectNode) data;
            rest.remove("generated_at");
            live.remove("generated_at");
            assertThat(live).isEqualTo(rest);
        }
        long id = api.get("/api/elections/fe-leader/").detail().get("id").asLong();
        try (EventStream byId = EventStream.open(port, "/api/elections/" + id + "/results/stream")) {
            assertThat(byId.nextEvent().json().get("election").asLong()).as("by id, without the slash").isEqualTo(id);
        }
    }

    @Test
    void everyBallotChangeArrivesAsTheNewCounts() {
        LoggedIn voter = api.logIn(api.newMember("FE"));
        long c = choice("fe-leader", 0);
        long d = choice("fe-leader", 1);
        try (EventStream s = EventStream.open(port, stream("fe-leader"))) {
            Block first = s.nextEvent();
            long cBefore = votesOf(first, c);
            long dBefore = votesOf(first, d);

            long voted = System.nanoTime();
            assertThat(api.vote(voter, c).status()).as("the seed's vote").isEqualTo(201);
            Block afterVote = s.nextEvent(e -> votesOf(e, c) == cBefore + 1);
            System.out.printf("live results: a vote reached the stream %d ms after it was sent%n", millisSince(voted));
            assertThat(afterVote.id()).isNotEqualTo(first.id());

            Response replaced = api.send("PUT", "/api/elections/fe-leader/ballot/", "{\"choices\":[" + d + "]}",
                    voter.bearer());
            assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
            s.nextEvent(e -> votesOf(e, c) == cBefore && votesOf(e, d) == dBefore + 1);

            assertThat(api.delete("/api/elections/fe-leader/ballot/", voter.bearer()).status()).isEqualTo(200);
            Block withdrawn = s.nextEvent(e -> votesOf(e, d) == dBefore);
            assertThat(withdrawn.id()).as("the same content, the same version").isEqualTo(first.id());
        }
    }

    @Test
    void anEmbargoedElectionHidesItsCountsFromMembersShowsThemToAdminsAndOpensOnPublication() {
        LoggedIn admin = api.configuredAdmin();
        LoggedIn member = api.logIn(api.newMember("BE"));
        String slug = openElection(admin, "AFTER_CLOSE");
        long a = choice(slug, 0);
        try (EventStream anonymous = EventStream.open(port, stream(slug));
             EventStream asMember = EventStream.open(port, stream(slug), member.bearer());
             EventStream asAdmin = EventStream.open(port, stream(slug), admin.bearer())) {
            Block hidden = anonymous.nextEvent();
            assertThat(hidden.event()).isEqualTo("embargoed");
            assertThat(hidden.json().propertyNames()).containsExactly("election", "state", "closes_at");
            assertThat(hidden.json().get("state").asString()).isEqualTo("OPEN");
            assertThat(hidden.json().get("closes_at").isNull()).isTrue();
            assertThat(asMember.nextEvent().data()).isEqualTo(hidden.data());
            assertThat(asAdmin.nextEvent().event()).isEqualTo("standings");

            assertThat(api.post("/api/elections/" + slug + "/votes/", "{\"choice\":" + a + "}", member.bearer()).status())
                    .isEqualTo(201);
            assertThat(votesOf(asAdmin.nextEvent(), a)).as("admins see the counts live").isEqualTo(1);
            step(admin, slug, "close");

            Block closed = anonymous.nextEvent();
            assertThat(closed.event()).as("the vote sent members nothing; the close does").isEqualTo("embargoed");
            assertThat(closed.json().get("state").asString()).isEqualTo("CLOSED");
            assertThat(closed.json().get("closes_at").isNull()).isFalse();
            step(admin, slug, "publish");
            Block published = anonymous.nextEvent();
            assertThat(published.event()).isEqualTo("standings");
            assertThat(published.json().get("state").asString()).isEqualTo("PUBLISHED");
            assertThat(votesOf(published, a)).isEqualTo(1);
            assertThat(asMember.nextEvent(e -> e.event().equals("standings")).data()).isEqualTo(published.data());
        }
    }

    @Test
    void aClientResumingWithTheCurrentIdIsNotSentItAgain() {
        LoggedIn voter = api.logIn(api.newMember("BE"));
        long c = choice("be-leader", 2);
        String seen;
        try (EventStream s = EventStream.open(port, stream("be-leader"))) {
            seen = s.nextEvent().id();
        }
        try (EventStream resumed = EventStream.open(port, stream("be-leader"), "Last-Event-ID", seen);
             EventStream behind = EventStream.open(port, stream("be-leader"), "Last-Event-ID", "0123456789abcdef")) {
            Block hint = resumed.next();
            assertThat(hint.isEvent()).as("only the retry hint: " + hint).isFalse();
            assertThat(hint.retry()).isEqualTo(2000L);
            assertThat(behind.nextEvent().id()).as("a stale id gets the current state at once").isEqualTo(seen);

            assertThat(api.vote(voter, c).status()).isEqualTo(201);
            Block next = resumed.nextEvent();
            assertThat(next.id()).isNotEqualTo(seen);
            assertThat(next.retry()).as("the hint was sent already").isNull();
        }
    }

    @Test
    void anUnknownElectionOrAnotherMembersDraftIsTheUsual404NotAStream() {
        for (String path : List.of(stream("no-such-election"), stream("999999999"), stream("next-plan"))) {
            Response r = api.get(path, "Accept", "text/event-stream");
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.header("Content-Type").orElseThrow()).as(path).startsWith("application/json");
            assertThat(r.code()).as(path).isEqualTo("ELECTION_NOT_FOUND");
        }
        LoggedIn admin = api.configuredAdmin();
        try (EventStream draft = EventStream.open(port, stream("next-plan"), admin.bearer())) {
            assertThat(draft.nextEvent().json().get("state").asString()).as("organisers see drafts").isEqualTo("DRAFT");
        }
    }

    @Test
    void aStreamOpenedWithATokenEndsOnceItsSessionLoggedOut() {
        LoggedIn watcher = api.logIn(api.newMember("FE"));
        LoggedIn voter = api.logIn(api.newMember("FE"));
        try (EventStream s = EventStream.open(port, stream("fe-leader"), watcher.bearer())) {
            s.nextEvent();
            long start = System.nanoTime();
            assertThat(api.post("/api/users/logouts/", "{}", watcher.bearer()).status()).isEqualTo(200);
            System.out.printf("live results: a logout with its stream open answered in %d ms%n", millisSince(start));

            assertThat(api.vote(voter, choice("fe-leader", 3)).status()).isEqualTo(201);
            Block b = s.next();
            while (!b.ended() && !b.isEvent()) {
                b = s.next(); // a heartbeat
            }
            assertThat(b.ended()).as("no event after the logout: " + b).isTrue();
        }
    }
}
