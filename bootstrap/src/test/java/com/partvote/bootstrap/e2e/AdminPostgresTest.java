package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.ClubFileLoader;
import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.ApiClient.Member;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An election run through the admin API from creation to publication, on PostgreSQL: who may
 * act, what each state allows, what members see meanwhile, and the audit trail of every step.
 */
@PostgresApiTest
class AdminPostgresTest {

    @LocalServerPort
    int port;

    @Autowired
    ClubFileLoader clubFile;

    ApiClient api;
    LoggedIn admin;

    @BeforeEach
    void logInTheConfiguredAdmin() {
        api = new ApiClient(port);
        admin = api.configuredAdmin();
    }

    private String newElection(String slug, String window) {
        return """
                {"slug":"%s","title":"데모데이 심사","kind":"CANDIDATES","results":"AFTER_CLOSE",
                 "rules":["NOT_SELF","MAX_CHOICES(1)"],%s
                 "choices":[{"key":"a","name":"김채림","part":"FE"},{"key":"b","name":"신성우","part":"BE"}]}
                """.formatted(slug, window);
    }

    @Test
    void aWholeElectionFromDraftToPublishedResultsWithItsAuditTrail() {
        LoggedIn member = api.logIn(api.newMember("FE"));
        String slug = "run-" + System.nanoTime() % 1_000_000_000L;
        Instant opens = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String window = "\"opens_at\":\"" + opens + "\",\"closes_at\":\"" + opens.plus(1, ChronoUnit.HOURS) + "\",";

        assertThat(api.post("/api/admin/elections/", newElection(slug, window), member.bearer()).code())
                .as("a member may not create elections").isEqualTo("ADMIN_REQUIRED");
        Response created = api.post("/api/admin/elections/", newElection(slug, window), admin.bearer());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.detail().get("state").asString()).isEqualTo("DRAFT");
        assertThat(api.post("/api/admin/elections/", newElection(slug, window), admin.bearer()).code()).isEqualTo("SLUG_TAKEN");

        assertThat(api.get("/api/elections/" + slug + "/", member.bearer()).code()).as("a draft is hidden")
                .isEqualTo("ELECTION_NOT_FOUND");
        Response seenByAdmin = api.get("/api/elections/" + slug + "/", admin.bearer());
        assertThat(seenByAdmin.status()).isEqualTo(200);
        long choice = seenByAdmin.detail().get("choices").get(0).get("id").asLong();

        assertThat(api.send("PATCH", "/api/admin/elections/" + slug + "/", "{\"title\":\"데모데이 최종 심사\"}",
                admin.bearer()).detail().get("title").asString()).isEqualTo("데모데이 최종 심사");
        assertThat(step(slug, "schedule").detail().get("state").asString()).isEqualTo("SCHEDULED");
        assertThat(step(slug, "publish").code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(step(slug, "open").detail().get("state").asString()).isEqualTo("OPEN");

        Response lateEdit = api.send("PATCH", "/api/admin/elections/" + slug + "/", "{\"title\":\"바뀐 제목\"}", admin.bearer());
        assertThat(lateEdit.status()).isEqualTo(409);
        assertThat(lateEdit.code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(lateEdit.detail().get("state").asString()).isEqualTo("OPEN");
        Instant later = opens.plus(3, ChronoUnit.HOURS);
        assertThat(api.send("PATCH", "/api/admin/elections/" + slug + "/", "{\"closes_at\":\"" + later + "\"}",
                admin.bearer()).detail().get("closes_at").asString()).isEqualTo(later.toString());

        assertThat(api.post("/api/elections/" + slug + "/votes/", "{\"choice\":" + choice + "}", member.bearer()).status())
                .isEqualTo(201);
        assertThat(api.get("/api/elections/" + slug + "/results/", member.bearer()).code()).isEqualTo("RESULTS_EMBARGOED");
        Response adminResults = api.get("/api/elections/" + slug + "/results/", admin.bearer());
        assertThat(adminResults.status()).as("admins see embargoed standings").isEqualTo(200);
        assertThat(adminResults.detail().get("ballots").asLong()).isEqualTo(1);

        assertThat(step(slug, "close").detail().get("state").asString()).isEqualTo("CLOSED");
        assertThat(api.post("/api/elections/" + slug + "/votes/", "{\"choice\":" + choice + "}", member.bearer()).code())
                .isEqualTo("ELECTION_NOT_OPEN");
        assertThat(step(slug, "close").code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(step(slug, "publish").detail().get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(api.get("/api/elections/" + slug + "/results/", member.bearer()).detail().get("standings").get(0)
                .get("vote_count").asLong()).isEqualTo(1);

        Response trail = api.get("/api/admin/audit/?election=" + slug, admin.bearer());
        assertThat(trail.status()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        for (JsonNode entry : trail.detail()) {
            actions.add(entry.get("action").asString());
            assertThat(entry.get("actor").asString()).isEqualTo("관리자");
        }
        assertThat(actions).containsExactly("ELECTION_PUBLISHED", "ELECTION_CLOSED", "ELECTION_EDITED", "ELECTION_OPENED",
                "ELECTION_SCHEDULED", "ELECTION_EDITED", "ELECTION_CREATED");
        JsonNode published = trail.detail().get(0);
        assertThat(published.get("before").get("state").asString()).isEqualTo("CLOSED");
        assertThat(published.get("after").get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(api.get("/api/admin/audit/?election=" + slug, member.bearer()).code()).isEqualTo("ADMIN_REQUIRED");
    }

    @Test
    void aGrantedRoleWorksOnTheNextRequestAndARevokedOneStopsThere() {
        Member other = api.newMember("BE");
        LoggedIn session = api.logIn(other);
        assertThat(api.get("/api/admin/members/", session.bearer()).code()).isEqualTo("ADMIN_REQUIRED");

        Response granted = api.send("PUT", "/api/admin/members/" + other.id() + "/role", "{\"role\":\"ADMIN\"}", admin.bearer());
        assertThat(granted.detail().get("role").asString()).isEqualTo("ADMIN");
        assertThat(api.get("/api/admin/members/", session.bearer()).status()).as("same token, next request").isEqualTo(200);

        long chief = api.get("/api/users/me/", admin.bearer()).detail().get("id").asLong();
        assertThat(api.send("PUT", "/api/admin/members/" + chief + "/role", "{\"role\":\"MEMBER\"}", session.bearer()).code())
                .isEqualTo("ADMIN_BY_CONFIGURATION");
        assertThat(api.send("PUT", "/api/admin/members/" + other.id() + "/role", "{\"role\":\"MEMBER\"}", admin.bearer())
                .detail().get("role").asString()).isEqualTo("MEMBER");
        assertThat(api.get("/api/admin/members/", session.bearer()).code()).isEqualTo("ADMIN_REQUIRED");
        assertThat(api.send("PUT", "/api/admin/members/999999999/role", "{\"role\":\"ADMIN\"}", admin.bearer()).code())
                .isEqualTo("MEMBER_NOT_FOUND");
        assertThat(api.send("PUT", "/api/admin/members/" + other.id() + "/role", "{\"role\":\"KING\"}", admin.bearer()).code())
                .isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void aDisabledMemberIsLoggedOutEverywhereCannotLogInAndTheirBallotStays() {
        Member member = api.newMember("FE");
        LoggedIn laptop = api.logIn(member);
        LoggedIn phone = api.logIn(member);
        long candidate = api.get("/api/candidates/?part=FE").detail().get(0).get("id").asLong();
        assertThat(api.vote(laptop, candidate).status()).isEqualTo(201);
        long ballotsBefore = api.get("/api/results/").detail().get("total_ballots").asLong();

        assertThat(api.post("/api/admin/members/" + member.id() + "/disable/", "", laptop.bearer()).code())
                .isEqualTo("ADMIN_REQUIRED");
        Response disabled = api.post("/api/admin/members/" + member.id() + "/disable/", "", admin.bearer());
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.detail().get("disabled_at").isNull()).isFalse();

        assertThat(api.get("/api/users/me/", laptop.bearer()).code()).isEqualTo("TOKEN_REVOKED");
        assertThat(api.get("/api/users/me/", phone.bearer()).code()).isEqualTo("TOKEN_REVOKED");
        assertThat(api.refresh(phone.refreshToken()).code()).isEqualTo("REFRESH_REVOKED");
        Response login = api.post("/api/users/logins/", "{\"email\":\"%s\",\"password\":\"%s\"}"
                .formatted(member.email(), member.password()));
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.code()).isEqualTo("ACCOUNT_DISABLED");
        assertThat(api.get("/api/results/").detail().get("total_ballots").asLong()).as("the ballot stays counted")
                .isEqualTo(ballotsBefore);
        // the newest entry not written by the clock (which records other tests' elections opening and closing)
        JsonNode entry = null;
        for (JsonNode e : api.get("/api/admin/audit/", admin.bearer()).detail()) {
            if (!e.get("actor_id").isNull()) {
                entry = e;
                break;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("action").asString()).isEqualTo("MEMBER_DISABLED");
        assertThat(entry.get("actor").asString()).isEqualTo("관리자");
        assertThat(entry.get("after").get("sessions_ended").asString()).isEqualTo("2");

        long chief = api.get("/api/users/me/", admin.bearer()).detail().get("id").asLong();
        assertThat(api.post("/api/admin/members/" + chief + "/disable/", "", admin.bearer()).code()).isEqualTo("MEMBER_IS_ADMIN");
        assertThat(api.post("/api/admin/members/" + member.id() + "/enable/", "", admin.bearer()).status()).isEqualTo(200);
        assertThat(api.logIn(member).accessToken()).isNotBlank();
    }

    @Test
    void turnoutNamesWhoVotedAndWhoNotAndTheCsvParsesBackToTheResults() throws Exception {
        String slug = "csv-" + System.nanoTime() % 1_000_000_000L;
        Instant opens = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String body = """
                {"slug":"%s","title":"한글 제목, 쉼표와 \\"따옴표\\"","kind":"CANDIDATES","results":"LIVE","rules":[],
                 "opens_at":"%s","choices":[{"key":"a","name":"김채림"},{"key":"b","name":"신성우"},{"key":"c","name":"오민지"}]}
                """.formatted(slug, opens);
        assertThat(api.post("/api/admin/elections/", body, admin.bearer()).status()).isEqualTo(201);
        assertThat(step(slug, "schedule").detail().get("state").asString()).isEqualTo("OPEN");
        JsonNode choices = api.get("/api/elections/" + slug + "/", admin.bearer()).detail().get("choices");
        LoggedIn first = api.logIn(api.newMember("FE"));
        LoggedIn second = api.logIn(api.newMember("BE"));
        LoggedIn silent = api.logIn(api.newMember("FE"));
        long a = choices.get(0).get("id").asLong();
        long b = choices.get(1).get("id").asLong();
        api.send("PUT", "/api/elections/" + slug + "/ballot/", "{\"choices\":[" + a + "," + b + "]}", first.bearer());
        api.post("/api/elections/" + slug + "/votes/", "{\"choice\":" + a + "}", second.bearer());

        Response turnout = api.get("/api/admin/elections/" + slug + "/turnout/", admin.bearer());
        assertThat(turnout.status()).isEqualTo(200);
        List<String> voted = new ArrayList<>();
        turnout.detail().get("voted").forEach(v -> voted.add(v.get("email").asString()));
        assertThat(voted).containsExactlyInAnyOrder(first.member().email(), second.member().email());
        List<String> notVoted = new ArrayList<>();
        turnout.detail().get("not_voted").forEach(v -> notVoted.add(v.get("email").asString()));
        assertThat(notVoted).contains(silent.member().email()).doesNotContain(first.member().email());
        assertThat(turnout.raw()).doesNotContain("\"choice");
        assertThat(api.get("/api/admin/elections/" + slug + "/turnout/", silent.bearer()).code()).isEqualTo("ADMIN_REQUIRED");

        JsonNode results = api.get("/api/admin/elections/" + slug + "/results/", admin.bearer()).detail();
        Response csv = api.get("/api/admin/elections/" + slug + "/results.csv", admin.bearer());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.raw()).startsWith("\uFEFF");
        List<java.util.Map<String, String>> rows = new ArrayList<>();
        try (var it = new tools.jackson.dataformat.csv.CsvMapper().readerFor(java.util.Map.class)
                .with(tools.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader()).readValues(csv.raw().substring(1))) {
            while (it.hasNext()) {
                @SuppressWarnings("unchecked")
                java.util.Map<String, String> row = (java.util.Map<String, String>) it.next();
                rows.add(row);
            }
        }
        assertThat(rows).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode standing = results.get("standings").get(i);
            assertThat(rows.get(i)).containsEntry("name", standing.get("name").asString())
                    .containsEntry("votes", standing.get("votes").asString())
                    .containsEntry("rank", standing.get("rank").asString())
                    .containsEntry("title", "한글 제목, 쉼표와 \"따옴표\"")
                    .containsEntry("ballots", "3").containsEntry("voters", "2").containsEntry("state", "OPEN");
        }
        assertThat(rows.get(0)).containsEntry("name", "김채림").containsEntry("votes", "2");
    }

    @Test
    void anEditThroughTheApiSurvivesTheClubFileBeingLoadedAgainAsAtARestart() throws Exception {
        Response edited = api.send("PATCH", "/api/admin/elections/next-plan/", "{\"title\":\"관리자가 바꾼 계획\"}",
                admin.bearer());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);

        clubFile.run(null); // what every start does

        Response after = api.get("/api/elections/next-plan/", admin.bearer());
        assertThat(after.detail().get("title").asString()).isEqualTo("관리자가 바꾼 계획");
        assertThat(api.get("/api/admin/audit/?election=next-plan", admin.bearer()).detail().get(0).get("action").asString())
                .isEqualTo("ELECTION_EDITED");
    }

    private Response step(String slug, String step) {
        return api.post("/api/admin/elections/" + slug + "/" + step, "", admin.bearer());
    }
}
