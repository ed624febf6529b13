package com.partvote.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient;
import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import com.partvote.bootstrap.e2e.PostgresApiTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The election night in real headless Chromium, in roll mode as the club runs it: the admin
 * uploads the roll, creates and opens an election; two members sign up from the roll and vote in
 * two browsers, one a phone; a third browser on the results page sees the counts move without
 * reloading (the page's document survives every change) and sees a member's changed vote move a
 * count from one choice to another; the admin closes and publishes. An embargoed election's page
 * says until when its results are hidden and shows no count until the publication, then shows
 * them, again without a reload. Every page is photographed at both sizes on the way.
 */
@PostgresApiTest
@TestPropertySource(properties = "partvote.registration.mode=roll")
class ElectionNightBrowserIT {

    @LocalServerPort
    int port;

    ApiClient api;
    Browsers browsers;
    LoggedIn adminApi;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        browsers = new Browsers(port);
        adminApi = api.configuredAdmin();
    }

    @AfterEach
    void quitEveryBrowser() {
        browsers.close();
    }

    @Test
    void theWholeNightFromTheRollToThePublishedResults() {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L);
        String night = "night-" + tag;
        String sealed = "sealed-" + tag;
        String kim = "kim." + tag + "@roll.example";
        String lee = "lee." + tag + "@roll.example";

        // the admin logs in on the page, uploads the roll, creates and opens the two elections
        Browser admin = browsers.open("admin", Viewport.DESKTOP);
        admin.open("/login");
        admin.screenshots("login");
        OnPages.logIn(admin, ApiClient.CONFIGURED_ADMIN, "password-123");
        uploadRoll("email,name,part,team\n" + kim + ",김하늘,FE,포켓돈\n" + lee + ",이바다,BE,\n");
        Instant closes = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        createElection(night, "오늘 밤의 투표", "LIVE", null, "신성우", "오민지", "김채림");
        createElection(sealed, "봉인된 투표", "AFTER_CLOSE", closes, "첫째안", "둘째안");
        step(night, "open");
        step(sealed, "open");

        // two members sign up from the roll, one on a laptop, one on a phone
        Browser first = browsers.open("member on a laptop", Viewport.DESKTOP);
        first.open("/signup");
        first.screenshots("signup");
        OnPages.signUp(first, "김하늘", kim, null, null);
        Browser second = browsers.open("member on a phone", Viewport.PHONE);
        OnPages.signUp(second, "이바다", lee, null, null);
        second.open("/");
        assertThat(second.exists("[data-election='" + night + "']")).isTrue();
        second.screenshots("elections");

        // a third browser watches the results; the counts change under its eyes, never reloaded
        Browser watcher = browsers.open("watcher", Viewport.DESKTOP);
        watcher.open("/elections/" + night + "/results");
        OnPages.awaitStandings(watcher, List.of("김채림=0", "신성우=0", "오민지=0"));
        OnPages.mark(watcher);

        first.open("/elections/" + night);
        first.screenshots("ballot");
        OnPages.vote(first, night, "신성우");
        OnPages.awaitStandings(watcher, List.of("신성우=1", "김채림=0", "오민지=0"));
        OnPages.vote(second, night, "김채림");
        OnPages.awaitStandings(watcher, List.of("김채림=1", "신성우=1", "오민지=0"));
        assertThat(watcher.text("#ballots")).isEqualTo("2");
        assertThat(watcher.text("#voters")).isEqualTo("2");

        // a member changes their vote: the count moves from one choice to the other
        OnPages.vote(first, night, "김채림");
        OnPages.awaitStandings(watcher, List.of("김채림=2", "신성우=0", "오민지=0"));
        assertThat(watcher.text("#standings tbody tr td")).as("the leader's rank").isEqualTo("1");
        assertThat(OnPages.stillMarked(watcher)).as("the results page was never reloaded").isTrue();
        assertThat(watcher.shown("#live-indicator")).as("the page says it is live").isTrue();
        watcher.screenshots("results");
        first.open("/account");
        first.screenshots("account");

        // the embargoed election: hidden until it is published, then shown without a reload
        OnPages.vote(first, sealed, "둘째안");
        second.open("/elections/" + sealed + "/results");
        OnPages.mark(second);
        assertEmbargoed(second);
        second.screenshots("results-embargoed");

        step(night, "close");
        step(sealed, "close");
        awaitBadge(watcher, "마감");
        awaitBadge(second, "마감");
        assertThat(second.exists("#main [data-countdown]")).as("no countdown to a close that happened").isFalse();
        assertEmbargoed(second);
        step(night, "publish");
        step(sealed, "publish");
        awaitBadge(watcher, "결과 공개");
        OnPages.awaitStandings(watcher, List.of("김채림=2", "신성우=0", "오민지=0"));
        assertThat(OnPages.stillMarked(watcher)).isTrue();

        OnPages.awaitStandings(second, List.of("둘째안=1", "첫째안=0"));
        awaitBadge(second, "결과 공개");
        assertThat(second.shown("#embargo")).isFalse();
        assertThat(second.shown("#standings")).isTrue();
        assertThat(OnPages.stillMarked(second)).as("the counts came without a reload").isTrue();
        second.open("/elections/" + sealed + "/results");
        assertThat(second.<List<String>>js(OnPages.STANDINGS)).as("and a reload shows the same")
                .containsExactly("둘째안=1", "첫째안=0");
        second.screenshots("results-published");

        for (Browser b : List.of(admin, first, second, watcher)) {
            assertThat(b.consoleProblems()).as(b + "'s console").isEmpty();
        }
    }

    /** Waits until the state badge under the title says this, as the stream told the page. */
    private static void awaitBadge(Browser b, String state) {
        b.await("the state " + state, "return document.querySelector('#main .badge').textContent.trim();", state::equals);
    }

    /** The "hidden until" message, and no count anywhere on the page. */
    private static void assertEmbargoed(Browser b) {
        assertThat(b.shown("#embargo")).as("the embargo message").isTrue();
        assertThat(b.text("#embargo")).startsWith("결과는").contains("마감 후 공개될 때까지 숨겨집니다");
        assertThat(b.shown("#live")).as("the standings section").isFalse();
        assertThat(b.<List<String>>js(OnPages.STANDINGS)).as("no rows").isEmpty();
        assertThat(b.<String>js("return document.getElementById('main').innerText;")).doesNotContain("첫째안", "둘째안");
    }

    // ---- the admin's steps, through the API until the admin pages exist --------------------------

    private void uploadRoll(String csv) {
        Response r = api.send("POST", "/api/admin/roll/", csv, "Content-Type", "text/csv; charset=UTF-8",
                adminApi.bearer()[0], adminApi.bearer()[1]);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private void createElection(String slug, String title, String results, Instant closes, String... choices) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < choices.length; i++) {
            list.append(i == 0 ? "" : ",").append("{\"key\":\"c").append(i).append("\",\"name\":\"").append(choices[i]).append("\"}");
        }
        String window = closes == null ? "" : "\"opens_at\":\"" + closes.minus(1, ChronoUnit.HOURS) + "\",\"closes_at\":\"" + closes + "\",";
        Response r = api.post("/api/admin/elections/", """
                {"slug":"%s","title":"%s","kind":"CANDIDATES","results":"%s","rules":["MAX_CHOICES(1)"],%s"choices":[%s]}"""
                .formatted(slug, title, results, window, list), adminApi.bearer());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private void step(String slug, String action) {
        Response r = api.post("/api/admin/elections/" + slug + "/" + action + "/", "", adminApi.bearer());
        assertThat(r.status()).as(action + " " + slug + ": " + r).isEqualTo(200);
    }
}
