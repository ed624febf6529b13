package com.partvote.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient;
import com.partvote.bootstrap.e2e.PostgresApiTest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
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

    /** The club's time zone (partvote.web.time-zone): the admin's form takes times in it. */
    private static final ZoneId CLUB_ZONE = ZoneId.of("Asia/Seoul");

    @LocalServerPort
    int port;

    Browsers browsers;

    @BeforeEach
    void setUp() {
        // the configured admin's account (roll mode admits it without a roll entry)
        new ApiClient(port).configuredAdmin();
        browsers = new Browsers(port);
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
        admin.clickAndLoad("a[href='/admin']");
        admin.screenshots("admin");
        uploadRoll(admin, "email,name,part,team\n" + kim + ",김하늘,FE,포켓돈\n" + lee + ",이바다,BE,\n", kim, lee);
        Instant closes = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        String nightRoom = createElection(admin, night, "오늘 밤의 투표", "LIVE", null, "신성우", "오민지", "김채림");
        String sealedRoom = createElection(admin, sealed, "봉인된 투표", "AFTER_CLOSE", closes, "첫째안", "둘째안");
        step(admin, nightRoom, "open", "OPEN");
        step(admin, sealedRoom, "open", "OPEN");

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
        admin.open(nightRoom);
        assertThat(admin.text("#turnout-voted")).as("the control room's turnout").isEqualTo("2");
        admin.screenshots("admin-election");

        // the embargoed election: hidden until it is published, then shown without a reload
        OnPages.vote(first, sealed, "둘째안");
        second.open("/elections/" + sealed + "/results");
        OnPages.mark(second);
        assertEmbargoed(second);
        second.screenshots("results-embargoed");

        step(admin, nightRoom, "close", "CLOSED");
        step(admin, sealedRoom, "close", "CLOSED");
        awaitBadge(watcher, "마감");
        awaitBadge(second, "마감");
        assertThat(second.exists("#main [data-countdown]")).as("no countdown to a close that happened").isFalse();
        assertEmbargoed(second);
        step(admin, nightRoom, "publish", "PUBLISHED");
        step(admin, sealedRoom, "publish", "PUBLISHED");
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
        admin.open("/admin/members");
        admin.screenshots("admin-members");
        admin.open("/admin/audit");
        assertThat(admin.<List<String>>js("""
                return Array.prototype.map.call(document.querySelectorAll('#audit tbody tr'), function (tr) {
                  return tr.dataset.action;
                });""")).as("the night's steps in the audit trail, newest first")
                .containsSubsequence("ELECTION_PUBLISHED", "ELECTION_CLOSED", "ELECTION_OPENED", "ELECTION_CREATED", "ROLL_UPLOADED");
        admin.screenshots("admin-audit");

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

    // ---- the admin's steps, on the admin's pages ------------------------------------------------

    /** Pastes the roll on the roll page and uploads it; its entries are listed after. */
    private static void uploadRoll(Browser admin, String csv, String... emails) {
        admin.clickAndLoad("#admin-roll");
        admin.type("#roll-csv", csv);
        admin.clickAndLoad("#upload-roll");
        assertThat(admin.path()).as("uploaded: " + admin.text("#form-error")).startsWith("/admin/roll?");
        assertThat(admin.text("#roll-counts")).as("the upload's counts").contains("새로 " + emails.length + "명");
        for (String email : emails) {
            assertThat(admin.exists("#roll-entries tr[data-email='" + email + "']")).as(email + " on the roll").isTrue();
        }
        admin.screenshots("admin-roll");
    }

    /**
     * Fills the new-election form (one choice at a time, a limit of one, the window in the club's
     * time as the picker gives it) and saves it; returns the path of its control room.
     */
    private static String createElection(Browser admin, String slug, String title, String results, Instant closes,
                                         String... choices) {
        admin.open("/admin");
        admin.clickAndLoad("#new-election");
        admin.type("#slug", slug);
        admin.type("#title", title);
        admin.click("#results-" + results);
        admin.click("#rule-MAX_CHOICES");
        admin.type("#max-choices", "1");
        if (closes != null) {
            admin.pick("#opens-at", local(closes.minus(1, ChronoUnit.HOURS)));
            admin.pick("#closes-at", local(closes));
        }
        admin.type("#choices", String.join("\n", choices));
        if (closes != null) {
            admin.screenshots("admin-election-form");
        }
        admin.clickAndLoad("#save-election");
        assertThat(admin.path()).as("created: " + admin.text("#form-error")).matches("/admin/elections/\\d+\\?done=created");
        assertThat(admin.<String>js("return document.getElementById('election-state').dataset.state;")).isEqualTo("DRAFT");
        return admin.path().substring(0, admin.path().indexOf('?'));
    }

    /** One step of the election's life from its control room; closing and publishing ask first. */
    private static void step(Browser admin, String controlRoom, String step, String state) {
        admin.open(controlRoom);
        if ("open".equals(step)) {
            admin.clickAndLoad("#open-election");
        } else {
            assertThat(admin.clickConfirmAndLoad("#" + step + "-election")).as("the question before " + step).isNotBlank();
        }
        assertThat(admin.path()).as(step + ": " + admin.text("#flash-error")).isEqualTo(controlRoom + "?done=stepped");
        assertThat(admin.<String>js("return document.getElementById('election-state').dataset.state;")).isEqualTo(state);
    }

    /** An instant as the form's {@code datetime-local} holds it: the club's wall clock, to the minute. */
    private static String local(Instant at) {
        return LocalDateTime.ofInstant(at, CLUB_ZONE).truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
