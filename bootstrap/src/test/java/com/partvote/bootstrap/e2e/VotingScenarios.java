package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import com.partvote.domain.fixtures.AtOnce;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Candidates, votes and results over real HTTP. Concrete subclasses choose the persistence adapter. */
abstract class VotingScenarios extends ApiScenarios {

    private JsonNode candidates(String part) {
        Response r = api.get("/api/candidates/?part=" + part);
        assertThat(r.status()).isEqualTo(200);
        return r.detail();
    }

    private long idOf(String part, String name) {
        for (JsonNode c : candidates(part)) {
            if (c.get("user_name").asString().equals(name)) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no candidate " + name);
    }

    private long votesOf(String part, long id) {
        for (JsonNode c : candidates(part)) {
            if (c.get("id").asLong() == id) {
                return c.get("vote_count").asLong();
            }
        }
        throw new AssertionError("no candidate " + id);
    }

    @Test
    void candidatesArePublicPerPartWithoutVoterIdentity() {
        JsonNode fe = candidates("FE");
        assertThat(fe.size()).isGreaterThanOrEqualTo(9);
        List<String> names = new ArrayList<>();
        fe.forEach(c -> names.add(c.get("user_name").asString()));
        assertThat(names).contains("김채림", "신성우", "오민지", "유세은", "전시원", "정대헌", "주효정", "최어진", "한규진");
        for (JsonNode c : fe) {
            assertThat(c.get("part").asString()).isEqualTo("FE");
            assertThat(c.propertyNames()).containsExactlyInAnyOrder("id", "user_name", "part", "team", "age",
                    "vote_count", "rank", "created_at", "updated_at");
        }
        assertThat(candidates("BE").findValuesAsString("user_name")).contains("주어진사랑", "김경민");

        Response missing = api.get("/api/candidates/");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo("INVALID_PART");
        assertThat(api.get("/api/candidates/?part=fe").code()).isEqualTo("INVALID_PART");
        assertThat(api.get("/api/candidates/?part=PM").code()).isEqualTo("INVALID_PART");
    }

    @Test
    void aMemberVotesForSeveralCandidatesOnceEach() {
        LoggedIn voter = api.logIn(api.newMember("FE"));
        long a = idOf("FE", "오민지");
        long b = idOf("FE", "유세은");
        long before = votesOf("FE", a);

        Response first = api.vote(voter, a);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.detail().get("user").asLong()).isEqualTo(voter.member().id());
        assertThat(first.detail().get("candidate").asLong()).isEqualTo(a);
        assertThat(api.vote(voter, b).status()).isEqualTo(201);

        Response again = api.vote(voter, a);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.code()).isEqualTo("DUPLICATE_VOTE");
        assertThat(votesOf("FE", a)).isEqualTo(before + 1);
    }

    @Test
    void aVoteForTheOtherPartsCandidateIsNotEligible() {
        LoggedIn voter = api.logIn(api.newMember("FE"));
        long otherPart = idOf("BE", "백지훈");
        long before = votesOf("BE", otherPart);
        Response r = api.vote(voter, otherPart);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("NOT_ELIGIBLE");
        assertThat(votesOf("BE", otherPart)).isEqualTo(before);
    }

    @Test
    void nobodyVotesForThemselves() {
        // a candidate declared with an email before anyone has it: the member who signs up with it is them
        String slug = "self-" + Long.toHexString(System.nanoTime());
        String email = ApiClient.uniqueEmail("candidate");
        loadClub("""
                elections:
                  - slug: %s
                    title: 먼저 선언된 후보
                    rules: [NOT_SELF]
                    choices:
                      - {key: me, name: 자기후보, email: "%s"}
                      - {key: other, name: 다른후보}
                """.formatted(slug, email));
        LoggedIn in = api.logIn(api.signUp("자기후보", email, "password-123", "BE"));
        JsonNode choices = api.get("/api/elections/" + slug + "/").detail().get("choices");
        Response r = api.vote(in, choices.get(0).get("id").asLong());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("SELF_VOTE");
        assertThat(api.vote(in, choices.get(1).get("id").asLong()).status()).as("anyone else, once").isEqualTo(201);
    }

    @Test
    void aCandidateDeclaredAfterTheMemberSignedUpIsThemToo() {
        String slug = "self-" + Long.toHexString(System.nanoTime());
        String email = ApiClient.uniqueEmail("candidate");
        LoggedIn member = api.logIn(api.signUp("후보회원", email, "password-123", "FE"));
        loadClub("""
                elections:
                  - slug: %s
                    title: 나중에 선언된 후보
                    rules: [NOT_SELF]
                    choices:
                      - {key: me, name: 후보회원, email: "%s"}
                      - {key: other, name: 다른후보}
                """.formatted(slug, email.toUpperCase()));
        JsonNode choices = api.get("/api/elections/" + slug + "/").detail().get("choices");
        Response self = api.vote(member, choices.get(0).get("id").asLong());
        assertThat(List.of(self.status(), self.code())).containsExactly(400, "SELF_VOTE");
        assertThat(api.vote(member, choices.get(1).get("id").asLong()).status()).isEqualTo(201);
    }

    @Test
    void badCandidateIdsAreRefusedNeverA5xx() {
        LoggedIn voter = api.logIn(api.newMember("BE"));
        Response unknown = api.vote(voter, 987654321L);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("CANDIDATE_NOT_FOUND");
        for (String body : new String[] {"{}", "{\"candidate\":null}", "{\"candidate\":\"1\"}", "{\"candidate\":1.5}",
                "{\"candidate\":-3}", "{\"candidate\":0}", "{\"candidate\":99999999999999999999999}", "{\"candidate\":[1]}",
                "{\"candidate\":true}", "[]", "null"}) {
            Response r = api.post("/api/votes/", body, voter.bearer());
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.code()).as(body).isEqualTo("VALIDATION_FAILED");
        }
        assertThat(api.post("/api/votes/", "{\"candidate\":", voter.bearer()).code()).isEqualTo("MALFORMED_JSON");
        Response noToken = api.post("/api/votes/", "{\"candidate\":1}");
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.header("WWW-Authenticate")).isPresent();
    }

    @Test
    void resultsAreOrderedByVotesThenNameWithCompetitionRanks() {
        LoggedIn x = api.logIn(api.newMember("FE"));
        LoggedIn y = api.logIn(api.newMember("FE"));
        long target = idOf("FE", "한규진");
        long before = votesOf("FE", target);
        assertThat(api.vote(x, target).status()).isEqualTo(201);
        assertThat(api.vote(y, target).status()).isEqualTo(201);

        Response results = api.get("/api/results/");
        assertThat(results.status()).isEqualTo(200);
        JsonNode detail = results.detail();
        for (String part : new String[] {"FE", "BE"}) {
            JsonNode list = detail.get(part);
            assertThat(list.size()).isGreaterThanOrEqualTo(9);
            for (int i = 1; i < list.size(); i++) {
                JsonNode prev = list.get(i - 1);
                JsonNode cur = list.get(i);
                long pv = prev.get("vote_count").asLong();
                long cv = cur.get("vote_count").asLong();
                assertThat(pv).isGreaterThanOrEqualTo(cv);
                if (pv == cv) {
                    assertThat(prev.get("user_name").asString().compareTo(cur.get("user_name").asString()))
                            .isLessThanOrEqualTo(0);
                    assertThat(cur.get("rank").asInt()).isEqualTo(prev.get("rank").asInt());
                } else {
                    assertThat(cur.get("rank").asInt()).isEqualTo(i + 1);
                }
            }
            assertThat(list.get(0).get("rank").asInt()).isEqualTo(1);
        }
        assertThat(votesOf("FE", target)).isEqualTo(before + 2);
        assertThat(detail.get("total_ballots").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(detail.get("total_voters").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(results.raw()).doesNotContain(x.member().email()).doesNotContain("candidate_votes");
    }

    @Test
    void twentySimultaneousIdenticalVotesCountOnce() throws Exception {
        LoggedIn voter = api.logIn(api.newMember("FE"));
        long target = idOf("FE", "경합후보");
        long before = votesOf("FE", target);
        List<Response> responses = simultaneously(20, i -> api.vote(voter, target));
        Map<Integer, Integer> statuses = histogram(responses);
        assertThat(statuses).containsEntry(201, 1).containsEntry(400, 19).hasSize(2);
        assertThat(responses).filteredOn(r -> r.status() == 400).allSatisfy(r -> assertThat(r.code()).isEqualTo("DUPLICATE_VOTE"));
        assertThat(votesOf("FE", target)).isEqualTo(before + 1);
    }

    @Test
    void twoHundredMembersVotingAtOnceAreAllCounted() throws Exception {
        List<LoggedIn> voters = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            voters.add(api.logIn(api.newMember("FE")));
        }
        long target = idOf("FE", "경합후보");
        long before = votesOf("FE", target);
        long ballotsBefore = api.get("/api/results/").detail().get("total_ballots").asLong();
        List<Response> responses = simultaneously(200, i -> api.vote(voters.get(i), target));
        assertThat(histogram(responses)).containsOnlyKeys(201).containsEntry(201, 200);
        assertThat(votesOf("FE", target)).isEqualTo(before + 200);
        assertThat(api.get("/api/results/").detail().get("total_ballots").asLong()).isGreaterThanOrEqualTo(ballotsBefore + 200);
    }

    interface Call {
        Response run(int i) throws Exception;
    }

    /** {@code n} calls, call {@code i} given {@code i}, released at the same moment ({@link AtOnce}). */
    static List<Response> simultaneously(int n, Call call) {
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            calls.add(() -> call.run(index));
        }
        return AtOnce.values(calls);
    }

    static Map<Integer, Integer> histogram(List<Response> responses) {
        Map<Integer, Integer> h = new HashMap<>();
        responses.forEach(r -> h.merge(r.status(), 1, Integer::sum));
        return h;
    }
}
