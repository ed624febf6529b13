package com.partvote.bootstrap.e2e;

import static com.partvote.bootstrap.e2e.VotingScenarios.histogram;
import static com.partvote.bootstrap.e2e.VotingScenarios.simultaneously;
import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The election routes over real HTTP, on the test club file's elections: fe-leader and be-leader
 * (own part only, not yourself), demo-day (teams, not your own, one choice), best-talk (results
 * after the close, two choices), last-year (closed) and next-plan (a draft). Concrete subclasses
 * choose the persistence adapter.
 */
abstract class ElectionScenarios extends ApiScenarios {

    private JsonNode election(String slug) {
        Response r = api.get("/api/elections/" + slug + "/");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.detail();
    }

    private long choiceId(String slug, String name) {
        for (JsonNode c : election(slug).get("choices")) {
            if (c.get("name").asString().equals(name)) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no choice " + name + " in " + slug);
    }

    private Map<Long, Long> votes(String slug) {
        Map<Long, Long> votes = new HashMap<>();
        api.get("/api/elections/" + slug + "/results/").detail().get("standings")
                .forEach(s -> votes.put(s.get("id").asLong(), s.get("vote_count").asLong()));
        return votes;
    }

    private Response add(LoggedIn who, String slug, long choice) {
        return api.post("/api/elections/" + slug + "/votes/", "{\"choice\":" + choice + "}", who.bearer());
    }

    private Response replace(LoggedIn who, String slug, String choices) {
        return api.send("PUT", "/api/elections/" + slug + "/ballot/", "{\"choices\":" + choices + "}", who.bearer());
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asLong()));
        return ids;
    }

    @Test
    void everyoneSeesTheElectionsButTheDraftWithTheirRulesInWords() {
        Response r = api.get("/api/elections/");
        assertThat(r.status()).isEqualTo(200);
        List<String> slugs = new ArrayList<>();
        r.detail().forEach(e -> slugs.add(e.get("slug").asString()));
        assertThat(slugs).as("by id; other tests may add elections after these")
                .startsWith("fe-leader", "be-leader", "demo-day", "best-talk", "last-year").doesNotContain("next-plan");

        JsonNode demo = r.detail().get(2);
        assertThat(demo.propertyNames()).containsExactlyInAnyOrder("id", "slug", "title", "kind", "state", "opens_at",
                "closes_at", "results", "max_choices", "rules", "eligible", "my_choices", "choices");
        assertThat(demo.get("kind").asString()).isEqualTo("TEAMS");
        assertThat(demo.get("state").asString()).isEqualTo("OPEN");
        assertThat(demo.get("max_choices").asInt()).isEqualTo(1);
        assertThat(demo.get("eligible").isNull()).as("anonymous").isTrue();
        assertThat(demo.get("rules").findValuesAsString("spec")).containsExactly("NOT_OWN_TEAM", "MAX_CHOICES(1)");
        assertThat(demo.get("rules").get(1).get("description").asString()).isEqualTo("최대 1개까지 고를 수 있습니다.");
        Response english = api.get("/api/elections/", "Accept-Language", "en");
        assertThat(english.detail().get(2).get("rules").get(1).get("description").asString()).isEqualTo("At most 1 choice.");
        assertThat(r.detail().get(4).get("state").asString()).isEqualTo("CLOSED");

        assertThat(api.get("/api/elections/next-plan/").code()).as("a draft is nobody's to see").isEqualTo("ELECTION_NOT_FOUND");
        assertThat(api.get("/api/elections/no-such/").status()).isEqualTo(404);
        assertThat(api.get("/api/elections/987654321").code()).isEqualTo("ELECTION_NOT_FOUND");
        assertThat(api.get("/api/elections/FE_LEADER/").code()).isEqualTo("ELECTION_NOT_FOUND");
    }

    @Test
    void oneElectionByIdOrSlugListsItsChoices() {
        JsonNode bySlug = election("demo-day");
        JsonNode byId = election(Long.toString(bySlug.get("id").asLong()));
        assertThat(byId).isEqualTo(bySlug);
        List<String> teams = new ArrayList<>();
        bySlug.get("choices").forEach(c -> teams.add(c.get("name").asString()));
        assertThat(teams).containsExactlyInAnyOrder("포켓돈", "파운더", "Mo MU", "헬시어", "All.G");
        assertThat(bySlug.get("choices").get(0).propertyNames()).containsExactlyInAnyOrder("id", "name", "part", "team");
        assertThat(election("fe-leader").get("choices").findValuesAsString("part")).containsOnly("FE");
    }

    @Test
    void aMemberSeesWhereTheyMayVoteAndWhatTheyHold() {
        LoggedIn be = api.logIn(api.newMember("BE", "헬시어"));
        long choice = choiceId("be-leader", "김민준");
        assertThat(add(be, "be-leader", choice).status()).isEqualTo(201);

        Map<String, JsonNode> bySlug = new HashMap<>();
        api.get("/api/elections/", be.bearer()).detail().forEach(e -> bySlug.put(e.get("slug").asString(), e));
        assertThat(bySlug.get("fe-leader").get("eligible").asBoolean()).as("own part only").isFalse();
        assertThat(bySlug.get("be-leader").get("eligible").asBoolean()).isTrue();
        assertThat(ids(bySlug.get("be-leader").get("my_choices"))).containsExactly(choice);
        assertThat(ids(bySlug.get("demo-day").get("my_choices"))).isEmpty();
        assertThat(api.get("/api/elections/", "Authorization", "Bearer not-a-token").status())
                .as("a bad token is refused, not ignored").isEqualTo(401);
    }

    @Test
    void addingAChoiceAnswersTheSheetAndEachRuleRefusesWithItsOwnCode() {
        LoggedIn fe = api.logIn(api.newMember("FE", "포켓돈"));
        long a = choiceId("fe-leader", "오민지");
        long before = votes("fe-leader").get(a);

        Response added = add(fe, "fe-leader", a);
        assertThat(added.status()).isEqualTo(201);
        assertThat(ids(added.detail().get("choices"))).containsExactly(a);
        assertThat(votes("fe-leader").get(a)).isEqualTo(before + 1);

        Response twice = add(fe, "fe-leader", a);
        assertThat(List.of(twice.status(), twice.code())).containsExactly(400, "DUPLICATE_VOTE");
        Response otherPart = add(fe, "be-leader", choiceId("be-leader", "김경민"));
        assertThat(List.of(otherPart.status(), otherPart.code())).containsExactly(403, "NOT_ELIGIBLE");
        Response elsewhere = add(fe, "fe-leader", choiceId("be-leader", "김경민"));
        assertThat(List.of(elsewhere.status(), elsewhere.code())).containsExactly(404, "CHOICE_NOT_FOUND");
        Response closed = add(fe, "last-year", choiceId("last-year", "옛후보"));
        assertThat(List.of(closed.status(), closed.code())).containsExactly(409, "ELECTION_NOT_OPEN");
        assertThat(closed.detail().get("state").asString()).isEqualTo("CLOSED");
        Response ownTeam = add(fe, "demo-day", choiceId("demo-day", "포켓돈"));
        assertThat(List.of(ownTeam.status(), ownTeam.code())).containsExactly(403, "OWN_TEAM");
        assertThat(add(fe, "demo-day", choiceId("demo-day", "파운더")).status()).isEqualTo(201);
        Response second = add(fe, "demo-day", choiceId("demo-day", "헬시어"));
        assertThat(List.of(second.status(), second.code())).containsExactly(400, "TOO_MANY_CHOICES");
        assertThat(second.detail().get("max_choices").asInt()).isEqualTo(1);

        for (String body : new String[] {"{}", "{\"choice\":null}", "{\"choice\":\"1\"}", "{\"choice\":-1}", "[]"}) {
            Response bad = api.post("/api/elections/fe-leader/votes/", body, fe.bearer());
            assertThat(List.of(bad.status(), bad.code())).as(body).containsExactly(400, "VALIDATION_FAILED");
        }
        assertThat(api.post("/api/elections/fe-leader/votes/", "{\"choice\":" + a + "}").status()).isEqualTo(401);
        assertThat(add(fe, "no-such", a).code()).isEqualTo("ELECTION_NOT_FOUND");
    }

    @Test
    void aBallotIsReplacedAndWithdrawnAndTheCountsFollow() {
        LoggedIn voter = api.logIn(api.newMember("FE"));
        long t1 = choiceId("best-talk", "첫발표");
        long t2 = choiceId("best-talk", "둘째발표");
        long t3 = choiceId("best-talk", "셋째발표");
        assertThat(add(voter, "best-talk", t1).status()).isEqualTo(201);

        Response replaced = replace(voter, "best-talk", "[" + t2 + "," + t3 + "]");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(ids(replaced.detail().get("choices"))).containsExactly(t2, t3);
        Response mine = api.get("/api/elections/best-talk/ballot/", voter.bearer());
        assertThat(ids(mine.detail().get("choices"))).containsExactly(t2, t3);

        Response tooMany = replace(voter, "best-talk", "[" + t1 + "," + t2 + "," + t3 + "]");
        assertThat(List.of(tooMany.status(), tooMany.code())).containsExactly(400, "TOO_MANY_CHOICES");
        Response twice = replace(voter, "best-talk", "[" + t1 + "," + t1 + "]");
        assertThat(List.of(twice.status(), twice.code())).containsExactly(400, "VALIDATION_FAILED");
        for (String bad : new String[] {"null", "[null]", "[\"x\"]", "[0]", "{}"}) {
            assertThat(replace(voter, "best-talk", bad).code()).as(bad).isEqualTo("VALIDATION_FAILED");
        }

        Response withdrawn = api.send("DELETE", "/api/elections/best-talk/ballot/", null, voter.bearer());
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(ids(withdrawn.detail().get("choices"))).isEmpty();
        assertThat(ids(api.get("/api/elections/best-talk/ballot/", voter.bearer()).detail().get("choices"))).isEmpty();
        assertThat(api.send("DELETE", "/api/elections/best-talk/ballot/", null, voter.bearer()).status())
                .as("withdrawing nothing is no error").isEqualTo(200);
        assertThat(replace(voter, "best-talk", "[]").status()).isEqualTo(200);
        Response late = api.send("DELETE", "/api/elections/last-year/ballot/", null, voter.bearer());
        assertThat(late.code()).isEqualTo("ELECTION_NOT_OPEN");
    }

    @Test
    void standingsAreHiddenUntilPublishedAndLiveOnesFollowEveryChange() {
        Response embargoed = api.get("/api/elections/best-talk/results/");
        assertThat(List.of(embargoed.status(), embargoed.code())).containsExactly(403, "RESULTS_EMBARGOED");
        assertThat(embargoed.raw()).doesNotContain("첫발표");

        LoggedIn voter = api.logIn(api.newMember("BE", "Mo MU"));
        long team = choiceId("demo-day", "헬시어");
        long other = choiceId("demo-day", "파운더");
        long before = votes("demo-day").get(team);
        add(voter, "demo-day", team);
        Response live = api.get("/api/elections/demo-day/results/");
        assertThat(live.detail().propertyNames()).containsExactlyInAnyOrder("election", "state", "standings", "ballots",
                "voters", "generated_at");
        assertThat(votes("demo-day").get(team)).isEqualTo(before + 1);
        replace(voter, "demo-day", "[" + other + "]");
        assertThat(votes("demo-day").get(team)).as("a changed ballot moves its vote").isEqualTo(before);
        JsonNode standings = live.detail().get("standings");
        for (int i = 1; i < standings.size(); i++) {
            assertThat(standings.get(i - 1).get("vote_count").asLong()).isGreaterThanOrEqualTo(standings.get(i).get("vote_count").asLong());
        }
        assertThat(live.raw()).doesNotContain(voter.member().email());
    }

    @Test
    void theSeedRoutesAreThePartElections() {
        LoggedIn fe = api.logIn(api.newMember("FE"));
        long a = choiceId("fe-leader", "정대헌");
        long before = votes("fe-leader").get(a);
        assertThat(api.vote(fe, a).status()).isEqualTo(201);
        assertThat(votes("fe-leader").get(a)).isEqualTo(before + 1);
        Response mine = api.get("/api/elections/fe-leader/ballot/", fe.bearer());
        assertThat(ids(mine.detail().get("choices"))).containsExactly(a);
        JsonNode seedList = api.get("/api/candidates/?part=FE").detail();
        Set<Long> seedIds = new HashSet<>();
        seedList.forEach(c -> seedIds.add(c.get("id").asLong()));
        Set<Long> electionIds = new HashSet<>();
        election("fe-leader").get("choices").forEach(c -> electionIds.add(c.get("id").asLong()));
        assertThat(seedIds).isEqualTo(electionIds);
        Response teamBySeedRoute = api.vote(fe, choiceId("demo-day", "헬시어"));
        assertThat(teamBySeedRoute.status()).as("the seed route votes in the choice's own election").isEqualTo(201);
    }

    @Test
    void aSignUpNamesOneOfTheClubsTeamsOrNone() {
        Response unknown = api.post("/api/users/signups/", "{\"name\":\"테스터\",\"email\":\"" + ApiClient.uniqueEmail("team")
                + "\",\"password\":\"password-123\",\"part\":\"FE\",\"team\":\"없는팀\"}");
        assertThat(List.of(unknown.status(), unknown.code())).containsExactly(400, "VALIDATION_FAILED");
        assertThat(unknown.raw()).contains("team");
        assertThat(api.newMember("FE", "All.G").id()).isPositive();
    }

    @Test
    void twentySimultaneousAddsByOneVoterAdmitExactlyTheLimit() throws Exception {
        LoggedIn voter = api.logIn(api.newMember("FE", "포켓돈"));
        List<Long> teams = new ArrayList<>();
        for (String name : List.of("파운더", "Mo MU", "헬시어", "All.G")) {
            teams.add(choiceId("demo-day", name));
        }
        List<Response> responses = simultaneously(20, i -> add(voter, "demo-day", teams.get(i % teams.size())));
        assertThat(histogram(responses)).containsEntry(201, 1);
        assertThat(responses).filteredOn(r -> r.status() != 201).extracting(Response::code)
                .allMatch(code -> code.equals("TOO_MANY_CHOICES") || code.equals("DUPLICATE_VOTE"));
        assertThat(ids(api.get("/api/elections/demo-day/ballot/", voter.bearer()).detail().get("choices"))).hasSize(1);
    }

    @Test
    void twentySimultaneousReplacementsLeaveOneWholeSheet() throws Exception {
        LoggedIn voter = api.logIn(api.newMember("BE"));
        long t1 = choiceId("best-talk", "첫발표");
        long t2 = choiceId("best-talk", "둘째발표");
        long t3 = choiceId("best-talk", "셋째발표");
        List<String> sheets = List.of("[" + t1 + "," + t2 + "]", "[" + t2 + "," + t3 + "]", "[" + t3 + "]", "[" + t1 + "]");
        List<Response> responses = simultaneously(20, i -> replace(voter, "best-talk", sheets.get(i % sheets.size())));
        assertThat(histogram(responses)).containsOnlyKeys(200);
        List<Long> held = ids(api.get("/api/elections/best-talk/ballot/", voter.bearer()).detail().get("choices"));
        assertThat(List.of(List.of(t1, t2), List.of(t2, t3), List.of(t3), List.of(t1))).contains(held);
    }
}
