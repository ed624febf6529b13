package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.PageBrowser.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Election night run from the admin's pages over real HTTP on PostgreSQL, as a browser without
 * script uses them: the roll uploaded (a bad line first), an election created with its choices,
 * opened, voted in on the ballot page, watched in its turnout, closed, published and exported as
 * the very CSV file the API serves, each step in the audit trail; who may use these pages (403 for
 * a member, the login page for a visitor, 403 for another site's form) and the members' roles.
 */
@PostgresApiTest
class AdminPagesPostgresTest {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    ApiClient api;
    LoggedIn chief;
    PageBrowser admin;

    @BeforeEach
    void logInTheConfiguredAdminOnThePages() {
        api = new ApiClient(port);
        chief = api.configuredAdmin();
        admin = new PageBrowser(port);
        assertThat(admin.logIn(chief.member().email(), chief.member().password()).redirectsTo("/")).isTrue();
    }

    @Test
    void theWholeNightThroughThePages() {
        String tag = tag();
        String voter = "night." + tag + "@roll.example";

        // the roll: a bad line first changes nothing and is named; then the good file
        Page bad = admin.post("/admin/roll", "csv", "email,name,part,team\n" + voter + ",오민지,BE,\nnot-an-email,누구,FE,\n");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"roll-errors\"", "data-code=\"ROLL_INVALID\"", "<tr data-line=\"3\">",
                "이메일", "형식이 올바르지 않습니다");
        assertThat(bad.body()).as("what was typed is kept").contains("not-an-email,누구,FE,");
        assertThat(admin.get("/admin/roll").body()).doesNotContain(voter);
        Page uploaded = admin.post("/admin/roll", "csv", "email,name,part,team\n" + voter + ",오민지,BE,\n");
        assertThat(uploaded.redirectsTo("/admin/roll?added=1&updated=0&unchanged=0&done=roll-uploaded"))
                .as(uploaded.toString()).isTrue();
        Page roll = admin.get(uploaded.location());
        assertThat(roll.body()).contains("id=\"roll-counts\"", "data-email=\"" + voter + "\"", "선거인 명부를 올렸습니다");

        // a new election with its choices: a draft, on the admin's list only
        String slug = "night-" + tag;
        Page created = admin.post("/admin/elections/new", "slug", slug, "title", "밤의 투표", "kind", "CANDIDATES",
                "results", "AFTER_CLOSE", "rules", "MAX_CHOICES", "maxChoices", "1", "part", "", "opensAt", "",
                "closesAt", "", "choices", "김채림\n\n신성우, BE, , " + ApiClient.uniqueEmail("candidate"));
        assertThat(created.redirectsTo("/admin/elections/")).as(created.toString()).isTrue();
        assertThat(created.location()).endsWith("?done=created");
        String room = created.location().substring(0, created.location().indexOf('?'));
        Page draft = admin.get(created.location());
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.body()).contains("data-state=\"DRAFT\"", "id=\"open-election\"", "id=\"edit-election\"", "김채림",
                "신성우", "선거를 만들었습니다").doesNotContain("id=\"close-election\"", "id=\"publish-election\"");
        assertThat(admin.get("/admin").body()).contains("data-election=\"" + slug + "\"");
        assertThat(admin.get("/").body()).as("the members' list keeps drafts out").doesNotContain("/elections/" + slug + "\"");

        // open it; the member signs up and is not among the voters yet
        Page opened = admin.post(room + "/open", "back", room);
        assertThat(opened.redirectsTo(room + "?done=stepped")).as(opened.toString()).isTrue();
        PageBrowser member = new PageBrowser(port);
        member.signUp("오민지", voter, PASSWORD, "BE", "");
        Page open = admin.get(room);
        assertThat(open.body()).contains("data-state=\"OPEN\"", "id=\"close-election\"", "data-confirm=\"")
                .doesNotContain("id=\"open-election\"");
        assertThat(section(open.body(), "not-voted")).contains(voter);

        // the member votes through the ballot page: one voted, and no longer on the list
        long choice = api.choiceId(slug, "신성우");
        Page voted = member.post("/elections/" + slug + "/ballot", "choice", Long.toString(choice), "action", "save",
                "back", "/elections/" + slug);
        assertThat(voted.redirectsTo("/elections/" + slug + "?done=saved")).as(voted.toString()).isTrue();
        Page turnout = admin.get(room);
        assertThat(turnout.body()).containsPattern("id=\"turnout-voted\">1<");
        assertThat(turnout.headers().firstValue("Cache-Control")).as("emails of members").contains("no-store");
        assertThat(section(turnout.body(), "not-voted")).doesNotContain(voter);

        // close and publish (each asks first in a browser)
        assertThat(admin.post(room + "/close", "back", room).redirectsTo(room + "?done=stepped")).isTrue();
        Page closed = admin.get(room);
        assertThat(closed.body()).contains("data-state=\"CLOSED\"", "id=\"publish-election\"");
        assertThat(admin.post(room + "/publish", "back", room).redirectsTo(room + "?done=stepped")).isTrue();
        assertThat(admin.get(room).body()).contains("data-state=\"PUBLISHED\"")
                .doesNotContain("id=\"publish-election\"", "id=\"close-election\"");

        // the page's CSV is the API's file: the same bytes but for the moment each was generated (on a
        // clock that stands still, not even that: ResultsCsvPostgresTest)
        HttpResponse<byte[]> pageCsv = admin.download(room + "/results.csv");
        HttpResponse<byte[]> apiCsv = apiDownload("/api/admin/elections/" + slug + "/results.csv");
        assertThat(pageCsv.statusCode()).isEqualTo(200);
        assertThat(pageCsv.headers().firstValue("Content-Type")).isEqualTo(apiCsv.headers().firstValue("Content-Type"));
        assertThat(pageCsv.headers().firstValue("Content-Disposition")).isEqualTo(apiCsv.headers().firstValue("Content-Disposition"));
        assertThat(new String(pageCsv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFelection,title,state,")
                .contains(",신성우,1\r\n");
        assertThat(withoutGeneratedAt(pageCsv.body())).isEqualTo(withoutGeneratedAt(apiCsv.body()));

        // every step in the audit trail, newest first
        assertThat(actions(admin.get("/admin/audit?election=" + slug).body())).containsSubsequence(
                "ELECTION_PUBLISHED", "ELECTION_CLOSED", "ELECTION_OPENED", "ELECTION_CREATED");
        assertThat(actions(admin.get(room).body())).containsSubsequence("ELECTION_PUBLISHED", "ELECTION_CREATED");
        Page trail = admin.get("/admin/audit");
        assertThat(actions(trail.body())).containsSubsequence("ELECTION_PUBLISHED", "ELECTION_CREATED", "ROLL_UPLOADED");
        assertThat(trail.body()).contains("결과 공개", "명부 올림");
    }

    @Test
    void theFormShowsEachRefusalWithWhatWasTypedAndADraftIsEditedUntilItOpens() {
        String slug = "form-" + tag();
        Page badSlug = admin.post("/admin/elections/new", "slug", "Not A Slug", "title", "제목 그대로", "kind", "CANDIDATES",
                "results", "LIVE", "choices", "하나\n둘");
        assertThat(badSlug.status()).isEqualTo(400);
        assertThat(badSlug.body()).contains("data-code=\"VALIDATION_FAILED\"", "data-field=\"slug\"", "value=\"제목 그대로\"",
                "하나\n둘");
        Page badLine = admin.post("/admin/elections/new", "slug", slug, "title", "줄", "choices", "하나\n둘, XX");
        assertThat(badLine.status()).isEqualTo(400);
        assertThat(badLine.body()).contains("data-field=\"choices\"", "data-line=\"2\"", "선택지 2번째 줄");
        Page noLimit = admin.post("/admin/elections/new", "slug", slug, "title", "규칙", "rules", "MAX_CHOICES", "maxChoices", "");
        assertThat(noLimit.body()).contains("data-field=\"max_choices\"");

        Page created = admin.post("/admin/elections/new", "slug", slug, "title", "처음 제목", "kind", "CANDIDATES",
                "results", "LIVE", "rules", "NOT_SELF", "opensAt", "2030-01-01T09:00", "closesAt", "2030-01-01T18:00",
                "choices", "하나\n둘, FE, 포켓돈");
        assertThat(created.redirectsTo("/admin/elections/")).as(created.toString()).isTrue();
        String room = created.location().substring(0, created.location().indexOf('?'));
        JsonNode stored = api.get("/api/elections/" + slug + "/", chief.bearer()).detail();
        assertThat(stored.get("opens_at").asString()).as("the club's wall clock, Asia/Seoul").isEqualTo("2030-01-01T00:00:00Z");
        assertThat(stored.get("closes_at").asString()).isEqualTo("2030-01-01T09:00:00Z");
        Page taken = admin.post("/admin/elections/new", "slug", slug, "title", "또", "kind", "CANDIDATES");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("data-code=\"SLUG_TAKEN\"");

        Page form = admin.get(room + "/edit");
        assertThat(form.body()).contains("id=\"election-form\"", "value=\"처음 제목\"", "value=\"2030-01-01T09:00\"",
                "둘, FE, 포켓돈", "id=\"save-election\"").containsPattern("id=\"rule-NOT_SELF\"[^>]*checked");
        Page edited = admin.post(room + "/edit", "title", "바뀐 제목", "results", "AFTER_CLOSE", "opensAt", "2030-01-01T09:00",
                "closesAt", "2030-06-01T18:00", "choices", "하나\n셋");
        assertThat(edited.redirectsTo(room + "?done=updated")).as(edited.toString()).isTrue();
        Page draft = admin.get(room);
        assertThat(draft.body()).contains("바뀐 제목", "셋", "id=\"schedule-election\"").doesNotContain(">둘<");

        assertThat(admin.post(room + "/open", "back", room).redirectsTo(room + "?done=stepped")).isTrue();
        Page late = admin.post(room + "/edit", "title", "늦은 제목", "results", "LIVE", "opensAt", "2030-01-01T09:00");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("data-code=\"ILLEGAL_TRANSITION\"", "value=\"늦은 제목\"");
        Page extended = admin.post(room + "/extend", "closesAt", "2031-06-01T20:30", "back", room);
        assertThat(extended.redirectsTo(room + "?done=updated")).as(extended.toString()).isTrue();
        assertThat(admin.get(room).body()).contains("value=\"2031-06-01T20:30\"");
        assertThat(admin.post(room + "/extend", "closesAt", "2031-06-01T20:00", "back", room).location())
                .as("a close only moves later").isEqualTo(room + "?error=VALIDATION_FAILED");
    }

    @Test
    void aMemberGetsForbiddenOnEveryAdminPageAndFormAndAVisitorIsSentToLogIn() {
        String slug = "guarded-" + tag();
        Page created = admin.post("/admin/elections/new", "slug", slug, "title", "지켜진 선거", "choices", "하나");
        String room = created.location().substring(0, created.location().indexOf('?'));
        String id = room.substring("/admin/elections/".length());
        PageBrowser member = new PageBrowser(port);
        member.signUp("회원", ApiClient.uniqueEmail("not-admin"), PASSWORD, "FE", "");
        long self = api.get("/api/users/me/", chief.bearer()).detail().get("id").asLong();

        for (String path : List.of("/admin", "/admin/", "/admin/elections/new", room, room + "/edit", room + "/results.csv",
                "/admin/roll", "/admin/members", "/admin/audit", "/admin/audit?election=" + id)) {
            Page refused = member.get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).contains("data-code=\"ADMIN_REQUIRED\"");
        }
        for (String path : List.of("/admin/elections/new", room + "/edit", room + "/schedule", room + "/open", room + "/close",
                room + "/publish", room + "/extend", "/admin/roll", "/admin/roll/remove", "/admin/members/" + self + "/role",
                "/admin/members/" + self + "/disable", "/admin/members/" + self + "/enable")) {
            Page refused = member.post(path, "slug", "x-" + tag(), "title", "x", "role", "MEMBER", "closesAt", "2031-01-01T00:00",
                    "csv", "email,name,part\nx@example.com,x,FE\n", "email", "x@example.com", "back", room);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).contains("data-code=\"ADMIN_REQUIRED\"");
        }
        assertThat(api.get("/api/elections/" + slug + "/", chief.bearer()).detail().get("state").asString()).isEqualTo("DRAFT");

        PageBrowser visitor = new PageBrowser(port);
        assertThat(visitor.get("/admin").redirectsTo("/login?next=/admin")).isTrue();
        assertThat(visitor.get(room).redirectsTo("/login?next=" + room)).isTrue();
        assertThat(visitor.post(room + "/open").redirectsTo("/login")).isTrue();
        assertThat(api.get("/api/elections/" + slug + "/", chief.bearer()).detail().get("state").asString()).isEqualTo("DRAFT");
    }

    @Test
    void anotherSitesFormIsRefusedOnTheAdminRoutesAndChangesNothing() {
        String slug = "csrf-" + tag();
        Page created = admin.post("/admin/elections/new", "slug", slug, "title", "위조", "choices", "하나");
        String room = created.location().substring(0, created.location().indexOf('?'));
        Page crossSite = admin.postFrom("cross-site", room + "/open", "back", room);
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.body()).contains("data-code=\"CORS_ORIGIN_DENIED\"");
        Page foreign = admin.send("POST", room + "/open", "back=" + room, "Sec-Fetch-Site", "", "Origin", "https://evil.example");
        assertThat(foreign.status()).isEqualTo(403);
        Page upload = admin.postFrom("cross-site", "/admin/roll", "csv", "email,name,part\nforged@example.com,위조,FE\n");
        assertThat(upload.status()).isEqualTo(403);
        assertThat(api.get("/api/elections/" + slug + "/", chief.bearer()).detail().get("state").asString()).isEqualTo("DRAFT");
        assertThat(admin.get("/admin/roll").body()).doesNotContain("forged@example.com");
    }

    @Test
    void theAdminGrantsAndRevokesTheRoleAndDisablesAMemberWithEveryRefusalShown() {
        String email = ApiClient.uniqueEmail("deputy");
        PageBrowser deputy = new PageBrowser(port);
        deputy.signUp("부관", email, PASSWORD, "FE", "");
        String members = admin.get("/admin/members").body();
        long id = memberId(members, email);
        assertThat(members).contains("id=\"grant-admin-" + id + "\"", "id=\"disable-member-" + id + "\"");

        assertThat(admin.post("/admin/members/" + id + "/role", "role", "ADMIN", "back", "/admin/members")
                .redirectsTo("/admin/members?done=role")).isTrue();
        assertThat(deputy.get("/admin").status()).as("an admin from the next request on").isEqualTo(200);
        assertThat(admin.post("/admin/members/" + id + "/disable", "back", "/admin/members").location())
                .isEqualTo("/admin/members?error=MEMBER_IS_ADMIN");
        assertThat(admin.post("/admin/members/" + id + "/role", "role", "MEMBER", "back", "/admin/members")
                .redirectsTo("/admin/members?done=role")).isTrue();
        assertThat(deputy.get("/admin").status()).isEqualTo(403);

        long self = api.get("/api/users/me/", chief.bearer()).detail().get("id").asLong();
        Page configured = admin.post("/admin/members/" + self + "/role", "role", "MEMBER", "back", "/admin/members");
        assertThat(configured.location()).isEqualTo("/admin/members?error=ADMIN_BY_CONFIGURATION");
        assertThat(admin.get(configured.location()).body()).contains("data-code=\"ADMIN_BY_CONFIGURATION\"", "PARTVOTE_ADMIN_EMAILS");

        assertThat(admin.post("/admin/members/" + id + "/disable", "back", "/admin/members")
                .redirectsTo("/admin/members?done=disabled")).isTrue();
        assertThat(deputy.get("/").body()).as("logged out at once").doesNotContain("부관 님");
        assertThat(admin.get("/admin/members").body()).contains("id=\"enable-member-" + id + "\"");
        assertThat(admin.post("/admin/members/" + id + "/enable", "back", "/admin/members")
                .redirectsTo("/admin/members?done=enabled")).isTrue();
        assertThat(deputy.logIn(email, PASSWORD).redirectsTo("/")).isTrue();

        // the audit trail a page at a time: "older" goes on below the last entry shown
        for (int i = 0; i < 26; i++) {
            admin.post("/admin/members/" + id + "/role", "role", "ADMIN", "back", "/admin/members");
            admin.post("/admin/members/" + id + "/role", "role", "MEMBER", "back", "/admin/members");
        }
        String page = admin.get("/admin/audit").body();
        List<Long> seqs = seqs(page);
        assertThat(seqs).hasSize(50).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        Matcher older = Pattern.compile("href=\"([^\"]+)\" id=\"audit-older\"").matcher(page);
        assertThat(older.find()).isTrue();
        assertThat(older.group(1)).isEqualTo("/admin/audit?before=" + seqs.get(49));
        List<Long> next = seqs(admin.get(older.group(1)).body());
        assertThat(next).isNotEmpty().allSatisfy(seq -> assertThat(seq).isLessThan(seqs.get(49)));
    }

    @Test
    void theRollPageTakesAFileUpToTheRollsAllowanceAndEveryOtherPageKeepsTheSmallLimit() throws IOException {
        String tag = tag();
        StringBuilder csv = new StringBuilder("email,name,part,team\r\n");
        for (int i = 0; i < 700; i++) {
            csv.append("bulk").append(i).append('.').append(tag).append("@roll.example,일괄 등록 회원,FE,\r\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).as("past the 16 KiB of every other route").isGreaterThan(32 * 1024);
        Page uploaded = admin.postFile("/admin/roll", "file", file, "csv", "");
        assertThat(uploaded.redirectsTo("/admin/roll?added=700&updated=0&unchanged=0")).as(uploaded.toString()).isTrue();
        String first = "bulk0." + tag + "@roll.example";
        assertThat(admin.post("/admin/roll/remove", "email", first, "back", "/admin/roll")
                .redirectsTo("/admin/roll?done=roll-removed")).isTrue();
        assertThat(admin.get("/admin/roll").body()).doesNotContain("data-email=\"" + first + "\"")
                .contains("data-email=\"bulk1." + tag + "@roll.example\"");
        assertThat(admin.post("/admin/roll/remove", "email", first, "back", "/admin/roll").location())
                .isEqualTo("/admin/roll?error=ROLL_ENTRY_NOT_FOUND");

        Page badFile = admin.postFile("/admin/roll", "file", "email,name\r\nx@example.com,x\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(badFile.status()).isEqualTo(400);
        assertThat(badFile.body()).contains("id=\"roll-errors\"", "머리글에 이 열이 없습니다");

        String large = "role=ADMIN&pad=" + "a".repeat(20_000);
        assertThat(admin.send("POST", "/admin/members/1/role", large).status()).as("not the roll").isEqualTo(413);
        String cookies = "pv_access=" + admin.cookies.get("pv_access");
        RawHttp.Reply tooLarge = RawHttp.exchange(port, ("POST /admin/roll HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookies
                + "\r\nSec-Fetch-Site: same-origin\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: "
                + (2 * 1024 * 1024 + 1) + "\r\nConnection: close\r\n\r\n--x\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(tooLarge.status()).as("past the roll's 2 MB").isEqualTo(413);
    }

    @Test
    void theAdminPagesAreKoreanByDefaultEnglishOnTheSwitchAndFreeOfInlineScriptAndStyle() {
        for (String path : List.of("/admin", "/admin/elections/new", "/admin/roll", "/admin/members", "/admin/audit")) {
            Page page = admin.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("lang=\"ko\"", "id=\"admin-members\"")
                    .doesNotContain(" style=", "onclick", "<script>", "??");
        }
        assertThat(admin.get("/admin?lang=en").body()).contains("lang=\"en\"", "Running elections", "New election");
        assertThat(admin.get("/admin/roll").body()).contains("Voter roll", "id=\"roll-csv\"", "id=\"upload-roll\"");
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static String tag() {
        return Long.toString(System.nanoTime() % 1_000_000_000L);
    }

    private HttpResponse<byte[]> apiDownload(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + chief.accessToken()).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The file with each row's generated_at (the sixth column, after the state and the window) blanked. */
    private static byte[] withoutGeneratedAt(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        return Pattern.compile("(?m)^(.*,(?:DRAFT|SCHEDULED|OPEN|CLOSED|PUBLISHED),[^,]*,[^,]*,)[^,]+(,)")
                .matcher(text).replaceAll("$1generated$2").getBytes(StandardCharsets.UTF_8);
    }

    /** The audit rows' actions, in the page's order. */
    private static List<String> actions(String html) {
        return attributes(html, "data-action");
    }

    private static List<Long> seqs(String html) {
        return attributes(html, "data-seq").stream().map(Long::parseLong).toList();
    }

    /** The values of one attribute wherever it stands, in the page's order. */
    private static List<String> attributes(String html, String name) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    /** The HTML of one element, by its id, to its end tag (tables and sections do not nest here). */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("no #" + id).isNotNegative();
        int tagStart = html.lastIndexOf('<', start);
        String tag = html.substring(tagStart + 1, html.indexOf(' ', tagStart));
        return html.substring(start, html.indexOf("</" + tag + ">", start));
    }

    private static long memberId(String html, String email) {
        Matcher m = Pattern.compile("id=\"member-(\\d+)\" data-email=\"" + Pattern.quote(email) + "\"").matcher(html);
        assertThat(m.find()).as("no row of " + email).isTrue();
        return Long.parseLong(m.group(1));
    }
}
