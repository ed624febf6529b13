package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.PageBrowser.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web app's pages over real HTTP on PostgreSQL, as a browser without script uses them: the
 * page session's cookies, forms and their answers, the ballot's refusals shown before anyone
 * tries, embargoed results, the language switch, hostile names, and forms posted from another
 * site. The same night in a real browser is {@code ElectionNightBrowserIT}.
 */
@PostgresApiTest
class PagesPostgresTest {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    ApiClient api;
    PageBrowser browser;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        browser = new PageBrowser(port);
    }

    @Test
    void aMemberSignsUpVotesChangesAndSeesTheResults() {
        Page signedUp = browser.signUp("김하늘", ApiClient.uniqueEmail("page"), PASSWORD, "FE", "");
        assertThat(signedUp.redirectsTo("/?done=signed-up")).as(signedUp.toString()).isTrue();
        assertThat(signedUp.setCookies()).anySatisfy(c -> assertThat(c).startsWith("pv_access=")
                .contains("HttpOnly", "Secure", "SameSite=Lax", "Path=/"));
        assertThat(signedUp.setCookies()).anySatisfy(c -> assertThat(c).startsWith("pv_refresh=").contains("HttpOnly"));

        Page home = browser.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("김하늘", "/elections/fe-leader");

        long first = api.choiceId("fe-leader", "신성우");
        long second = api.choiceId("fe-leader", "오민지");
        Page saved = browser.post("/elections/fe-leader/ballot", "choice", Long.toString(first), "action", "save",
                "back", "/elections/fe-leader");
        assertThat(saved.redirectsTo("/elections/fe-leader?done=saved")).as(saved.toString()).isTrue();
        Page ballot = browser.get("/elections/fe-leader?done=saved");
        assertThat(ballot.body()).contains("투표가 저장되었습니다");
        assertThat(checked(ballot.body(), first)).isTrue();

        browser.post("/elections/fe-leader/ballot", "choice", Long.toString(second), "action", "save");
        Page changed = browser.get("/elections/fe-leader");
        assertThat(checked(changed.body(), first)).isFalse();
        assertThat(checked(changed.body(), second)).isTrue();

        Page withdrawn = browser.post("/elections/fe-leader/ballot", "action", "withdraw");
        assertThat(withdrawn.redirectsTo("/elections/fe-leader?done=withdrawn")).isTrue();
        assertThat(checked(browser.get("/elections/fe-leader").body(), second)).isFalse();

        Page results = browser.get("/elections/fe-leader/results");
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.body()).contains("id=\"standings\"", "신성우", "/api/elections/");
    }

    @Test
    void theBallotShowsWhatEachRuleKeepsFromTheMemberAndWhy() {
        browser.signUp("빈칸", ApiClient.uniqueEmail("rules"), PASSWORD, "FE", "포켓돈");
        Page otherPart = browser.get("/elections/be-leader");
        assertThat(otherPart.body()).contains("다른 파트의 후보입니다");
        assertThat(otherPart.body()).containsPattern("type=\"checkbox\"[^>]*disabled");

        Page teams = browser.get("/elections/demo-day");
        // one choice only: radio buttons; the member's own team is disabled with its reason
        assertThat(teams.body()).contains("type=\"radio\"", "본인의 팀입니다");
        assertThat(choiceItem(teams.body(), "포켓돈")).contains("class=\"refused\"", "disabled", "본인의 팀입니다");
        assertThat(choiceItem(teams.body(), "파운더")).doesNotContain("disabled", "본인의 팀입니다");

        // and the server says the same if the form is sent anyway
        long ownTeam = api.choiceId("demo-day", "포켓돈");
        Page refused = browser.post("/elections/demo-day/ballot", "choice", Long.toString(ownTeam), "action", "save",
                "back", "/elections/demo-day");
        assertThat(refused.redirectsTo("/elections/demo-day?error=OWN_TEAM")).as(refused.toString()).isTrue();
        assertThat(browser.get(refused.location()).body()).contains("data-code=\"OWN_TEAM\"");
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedAndChangesNothing() {
        browser.signUp("방문자", ApiClient.uniqueEmail("csrf"), PASSWORD, "FE", "");
        long choice = api.choiceId("fe-leader", "김채림");
        Page crossSite = browser.postFrom("cross-site", "/elections/fe-leader/ballot", "choice", Long.toString(choice));
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.body()).contains("data-code=\"CORS_ORIGIN_DENIED\"");
        Page foreignOrigin = browser.send("POST", "/elections/fe-leader/ballot", "choice=" + choice,
                "Sec-Fetch-Site", "", "Origin", "https://evil.example");
        assertThat(foreignOrigin.status()).isIn(403);
        assertThat(checked(browser.get("/elections/fe-leader").body(), choice)).isFalse();
    }

    @Test
    void hostileNamesAreShownAsText() {
        String hostile = "<img src=x onerror=alert(1)>";
        browser.signUp(hostile, ApiClient.uniqueEmail("xss"), PASSWORD, "BE", "");
        Page account = browser.get("/account");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.body()).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain(hostile);
        assertThat(browser.get("/").body()).doesNotContain(hostile);
    }

    @Test
    void koreanByDefaultEnglishOnTheSwitchAndItStays() {
        assertThat(browser.get("/").body()).contains("lang=\"ko\"", "선거");
        Page english = browser.get("/?lang=en");
        assertThat(english.body()).contains("lang=\"en\"", "Elections");
        assertThat(browser.cookies).containsEntry("pv_lang", "en");
        assertThat(browser.get("/login").body()).contains("Log in");
        assertThat(new PageBrowser(port).get("/", "Accept-Language", "en").body()).contains("lang=\"en\"");
    }

    @Test
    void embargoedResultsStayHiddenFromMembersButNotFromAdmins() {
        Page visitor = browser.get("/elections/best-talk/results");
        assertThat(visitor.status()).isEqualTo(200);
        assertThat(visitor.body()).containsPattern("id=\"embargo\"[^>]*>\\s*결과는").doesNotContain("첫발표");

        PageBrowser admin = new PageBrowser(port);
        LoggedIn chief = api.configuredAdmin();
        assertThat(admin.logIn(chief.member().email(), chief.member().password()).redirectsTo("/")).isTrue();
        assertThat(admin.get("/elections/best-talk/results").body()).contains("첫발표");
    }

    @Test
    void theResultsPageStreamReadsThePageSessionSoAnAdminSeesEmbargoedStandingsLive() {
        PageBrowser admin = new PageBrowser(port);
        LoggedIn chief = api.configuredAdmin();
        admin.logIn(chief.member().email(), chief.member().password());
        String cookie = "pv_access=" + admin.cookies.get("pv_access");
        try (EventStream asAdmin = EventStream.open(port, "/api/elections/best-talk/results/stream", "Cookie", cookie);
             EventStream asVisitor = EventStream.open(port, "/api/elections/best-talk/results/stream")) {
            assertThat(asAdmin.next().event()).isEqualTo("standings");
            assertThat(asVisitor.next().event()).isEqualTo("embargoed");
        }
    }

    @Test
    void loginFailuresAreShownOnTheFormAndMembersOnlyPagesSendVisitorsToIt() {
        Page wrong = browser.logIn("nobody@test.partvote.example", "wrong password");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("data-code=\"INVALID_CREDENTIALS\"", "nobody@test.partvote.example");
        assertThat(browser.get("/account").redirectsTo("/login?next=/account")).isTrue();
        assertThat(browser.get("/elections/no-such-election").status()).isEqualTo(404);
    }

    @Test
    void logoutEndsThePageSessionAndAnExpiredAccessCookieIsRenewedOnNavigation() {
        String email = ApiClient.uniqueEmail("session");
        browser.signUp("세션", email, PASSWORD, "FE", "");
        String access = browser.cookies.get("pv_access");

        // the access cookie gone (expired after two hours): the next page renews it from the refresh cookie
        browser.cookies.remove("pv_access");
        Page renewed = browser.get("/");
        assertThat(renewed.body()).contains("세션 님");
        assertThat(browser.cookies.get("pv_access")).isNotNull().isNotEqualTo(access);

        Page out = browser.post("/logout");
        assertThat(out.redirectsTo("/?done=logged-out")).isTrue();
        assertThat(browser.cookies).doesNotContainKeys("pv_access", "pv_refresh");
        // the token of the ended session no longer works, on pages or on the API
        String ended = renewed.setCookies().stream().filter(c -> c.startsWith("pv_access=")).findFirst().orElseThrow()
                .split(";", 2)[0].substring("pv_access=".length());
        assertThat(api.get("/api/users/me/", "Authorization", "Bearer " + ended).status()).isEqualTo(401);
        PageBrowser replay = new PageBrowser(port);
        replay.cookies.put("pv_access", ended);
        assertThat(replay.get("/").body()).doesNotContain("세션 님");
    }

    @Test
    void malformedFormsAreRefusedWithTheirCodeNeverA500() {
        browser.signUp("형식", ApiClient.uniqueEmail("forms"), PASSWORD, "FE", "");
        String[][] forms = {
            {"/elections/fe-leader/ballot", "choice", "abc"},
            {"/elections/fe-leader/ballot", "choice", "99999999999999999999999"},
            {"/elections/fe-leader/ballot", "choice", "-1"},
            {"/elections/fe-leader/ballot", "choice", "987654321"},
            {"/elections/%00/ballot", "choice", "1"},
            {"/elections/fe-leader/ballot", "back", "https://evil.example/", "choice", "x"},
            {"/account/sessions/not-a-uuid/end"},
            {"/account/password", "current", "", "chosen", "short"},
            {"/signup", "name", "", "email", "not an email", "password", "x", "part", "XX"},
            {"/login", "email", "\u0000", "password", ""},
        };
        for (String[] form : forms) {
            String[] fields = java.util.Arrays.copyOfRange(form, 1, form.length);
            Page answer = browser.post(form[0], fields);
            assertThat(answer.status()).as(String.join(" ", form) + " -> " + answer.status()).isBetween(300, 499);
            if (answer.status() == 302) {
                assertThat(answer.location()).as(String.join(" ", form)).startsWith("/").contains("error=");
            }
        }
    }

    /** The ballot's list item of one choice, by its name. */
    private static String choiceItem(String html, String name) {
        for (String item : html.split("<li")) {
            if (item.contains("<span class=\"name\">" + name + "</span>")) {
                return item;
            }
        }
        throw new AssertionError("no choice " + name + " on the page");
    }

    private static boolean checked(String html, long choice) {
        return Pattern.compile("<input[^>]*value=\"" + choice + "\"[^>]*checked").matcher(html).find();
    }
}
