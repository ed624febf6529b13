package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.ApiClient.Member;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Registration by roll: the admin's upload (all or nothing), who may sign up and as what, removal. */
@PostgresApiTest
@TestPropertySource(properties = "partvote.registration.mode=roll")
class VoterRollPostgresTest {

    @LocalServerPort
    int port;

    ApiClient api;
    LoggedIn admin;

    @BeforeEach
    void logInTheConfiguredAdmin() {
        api = new ApiClient(port);
        admin = api.configuredAdmin();
    }

    private Response upload(String csv) {
        return api.send("POST", "/api/admin/roll/", csv, "Content-Type", "text/csv; charset=UTF-8",
                admin.bearer()[0], admin.bearer()[1]);
    }

    private Response signUp(String email, String part) {
        return api.post("/api/users/signups/", "{\"name\":\"김채림\",\"email\":\"" + email
                + "\",\"password\":\"password-123\",\"part\":\"" + part + "\"}");
    }

    @Test
    void aRollIsAllOrNothingDecidesWhoSignsUpAndAsWhatAndRemovalKeepsBallots() {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L);
        String kim = "kim." + tag + "@roll.example";
        String lee = "lee." + tag + "@roll.example";
        String roll = "\uFEFFemail,name,part,team\r\n" + kim + ",김채림,FE,포켓돈\r\n" + lee + ",이수,BE,\r\n";

        Response first = upload(roll);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.detail().get("added").asInt()).isEqualTo(2);
        assertThat(upload(roll).detail().get("unchanged").asInt()).as("the same file again").isEqualTo(2);

        Response bad = upload("email,name,part,team\n" + lee + ",이수,FE,\nnot-an-email,누구,FE,\n"
                + "park." + tag + "@roll.example,박,BE,없는팀\n" + kim + ",김채림,FE,포켓돈\n");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("ROLL_INVALID");
        List<String> lines = new ArrayList<>();
        bad.detail().get("lines").forEach(l -> lines.add(l.get("line").asInt() + ":" + l.get("field").asString()));
        assertThat(lines).containsExactly("3:email", "4:team");
        assertThat(entry(lee).get("part").asString()).as("nothing changed").isEqualTo("BE");
        assertThat(upload("email,name\n" + lee + ",이수\n").code()).as("no part column").isEqualTo("ROLL_INVALID");

        assertThat(signUp("stranger." + tag + "@roll.example", "FE").code()).isEqualTo("NOT_ON_ROLL");
        Response rolled = signUp(kim.toUpperCase(), "BE");
        assertThat(rolled.status()).as(rolled.toString()).isEqualTo(201);
        assertThat(rolled.detail().get("part").asString()).as("the roll's part, not the form's").isEqualTo("FE");
        LoggedIn member = api.logIn(new Member(rolled.detail().get("id").asLong(), kim, "password-123"));
        long candidate = api.get("/api/candidates/?part=FE").detail().get(0).get("id").asLong();
        assertThat(api.vote(member, candidate).status()).isEqualTo(201);

        JsonNode kimEntry = entry(kim);
        assertThat(kimEntry.get("registered").asBoolean()).isTrue();
        assertThat(kimEntry.get("team").asString()).isEqualTo("포켓돈");
        assertThat(kimEntry.get("voted_in").toString()).contains("fe-leader");
        assertThat(entry(lee).get("registered").asBoolean()).isFalse();

        assertThat(upload("email,name,part,team\n" + lee + ",이수,FE,\n").detail().get("updated").asInt()).isEqualTo(1);
        long ballots = api.get("/api/results/").detail().get("total_ballots").asLong();
        assertThat(api.send("DELETE", "/api/admin/roll/" + kim + "/", null, admin.bearer()).status()).isEqualTo(200);
        assertThat(api.send("DELETE", "/api/admin/roll/" + kim + "/", null, admin.bearer()).code())
                .isEqualTo("ROLL_ENTRY_NOT_FOUND");
        assertThat(api.get("/api/results/").detail().get("total_ballots").asLong()).as("ballots stay").isEqualTo(ballots);
        assertThat(api.get("/api/users/me/", member.bearer()).status()).as("the account stays").isEqualTo(200);
        assertThat(api.send("DELETE", "/api/admin/roll/" + lee + "/", null, admin.bearer()).status()).isEqualTo(200);
        assertThat(signUp(lee, "FE").code()).as("removed before registering").isEqualTo("NOT_ON_ROLL");
        assertThat(api.send("POST", "/api/admin/roll/", "email,name,part,team\n", "Content-Type", "text/csv",
                member.bearer()[0], member.bearer()[1]).code()).isEqualTo("ADMIN_REQUIRED");
    }

    @Test
    void theWholeNightFromAnEmptyRollToTheExportedCsvWithEveryStepAudited() {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L);
        JsonNode before = api.get("/api/admin/audit/?limit=1", admin.bearer()).detail();
        long since = before.isEmpty() ? 0 : before.get(0).get("seq").asLong();
        String voter = "night." + tag + "@roll.example";
        assertThat(upload("email,name,part,team\n" + voter + ",오민지,BE,\n").detail().get("added").asInt()).isEqualTo(1);

        String slug = "night-" + tag;
        assertThat(api.post("/api/admin/elections/", """
                {"slug":"%s","title":"밤의 투표","kind":"CANDIDATES","results":"AFTER_CLOSE","rules":["MAX_CHOICES(1)"],
                 "choices":[{"key":"a","name":"김채림"},{"key":"b","name":"신성우"}]}""".formatted(slug), admin.bearer())
                .status()).isEqualTo(201);
        assertThat(api.post("/api/admin/elections/" + slug + "/open/", "", admin.bearer()).detail().get("state").asString())
                .isEqualTo("OPEN");

        assertThat(signUp("nobody." + tag + "@roll.example", "FE").code()).isEqualTo("NOT_ON_ROLL");
        Response joined = signUp(voter, "FE");
        assertThat(joined.detail().get("part").asString()).isEqualTo("BE");
        LoggedIn member = api.logIn(new Member(joined.detail().get("id").asLong(), voter, "password-123"));
        long choice = api.get("/api/elections/" + slug + "/", member.bearer()).detail().get("choices").get(1).get("id").asLong();
        assertThat(api.post("/api/elections/" + slug + "/votes/", "{\"choice\":" + choice + "}", member.bearer()).status())
                .isEqualTo(201);
        assertThat(api.get("/api/elections/" + slug + "/results/", member.bearer()).code()).isEqualTo("RESULTS_EMBARGOED");

        assertThat(api.post("/api/admin/elections/" + slug + "/close/", "", admin.bearer()).status()).isEqualTo(200);
        assertThat(api.post("/api/admin/elections/" + slug + "/publish/", "", admin.bearer()).status()).isEqualTo(200);
        JsonNode published = api.get("/api/elections/" + slug + "/results/", member.bearer()).detail();
        assertThat(published.get("standings").get(0).get("name").asString()).isEqualTo("신성우");

        String csv = api.get("/api/admin/elections/" + slug + "/results.csv", admin.bearer()).raw();
        List<String> rows = List.of(csv.substring(1).split("\r\n"));
        assertThat(rows.get(0)).isEqualTo("election,title,state,opens_at,closes_at,generated_at,ballots,voters,rank,choice_id,name,votes");
        assertThat(rows.get(1)).startsWith(slug + ",\"밤의 투표\",PUBLISHED,").endsWith(",1,1,1," + choice + ",신성우,1");
        assertThat(rows.get(2)).endsWith(",김채림,0");

        List<String> steps = new ArrayList<>();
        for (JsonNode e : api.get("/api/admin/audit/?limit=200", admin.bearer()).detail()) {
            if (e.get("seq").asLong() > since) {
                steps.add(e.get("action").asString());
            }
        }
        // newest first; the clock's job may add entries of other elections in between
        assertThat(steps).containsSubsequence("ELECTION_PUBLISHED", "ELECTION_CLOSED", "ELECTION_OPENED", "ELECTION_CREATED",
                "ROLL_UPLOADED");
        assertThat(steps.stream().filter(a -> !a.startsWith("ELECTION_") && !a.startsWith("ROLL_"))).isEmpty();
    }

    private JsonNode entry(String email) {
        for (JsonNode e : api.get("/api/admin/roll/", admin.bearer()).detail()) {
            if (e.get("email").asString().equals(email)) {
                return e;
            }
        }
        throw new AssertionError("no roll entry " + email);
    }
}
