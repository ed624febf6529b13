package com.partvote.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.bootstrap.e2e.ApiClient;
import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.PostgresApiTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a member notices in a real browser, beyond whether the pages work: that every page fits a
 * 360 px phone without scrolling sideways, that every control has a label a screen reader reads,
 * that the language and the keyboard work, that the ballot says why a choice is off before anyone
 * tries it, that a hostile name stays text, and that the Content-Security-Policy never had to
 * refuse anything (a refusal means a page tried to run something it should not have).
 */
@PostgresApiTest
class PagesQualityBrowserIT {

    /** Every visible form control that neither a {@code <label for>} nor an ARIA label names. */
    private static final String UNLABELLED = """
            return Array.prototype.filter.call(document.querySelectorAll('input, select, textarea'), function (c) {
              if (c.type === 'hidden' || c.getClientRects().length === 0) { return false; }
              var byFor = c.id && document.querySelector('label[for="' + CSS.escape(c.id) + '"]');
              return !(byFor || c.getAttribute('aria-label') || c.getAttribute('aria-labelledby'));
            }).map(function (c) { return c.outerHTML; });""";

    private static final String SIDEWAYS = """
            return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
                    widest: Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {
                      var r = e.getBoundingClientRect().right;
                      return r > 360.5 && (!e.closest('.table-scroll') || getComputedStyle(e).position === 'absolute');
                    }).slice(0, 3).map(function (e) { return e.outerHTML.slice(0, 120); })};""";

    @LocalServerPort
    int port;

    ApiClient api;
    Browsers browsers;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        browsers = new Browsers(port);
    }

    @AfterEach
    void quitEveryBrowser() {
        browsers.close();
    }

    @Test
    void everyPageFitsAPhoneLabelsEveryControlAndNoScriptIsRefused() {
        Browser phone = browsers.open("phone visitor", Viewport.PHONE);
        List<String> problems = new ArrayList<>();
        for (String page : List.of("/", "/login", "/signup", "/elections/fe-leader", "/elections/fe-leader/results",
                "/elections/best-talk/results", "/elections/no-such-election")) {
            check(phone.open(page), problems);
        }
        // the longest name a member may have, in letters no line breaks inside
        OnPages.signUp(phone, "Wolfeschlegelsteinhausenberger", ApiClient.uniqueEmail("wide"), "FE", "포켓돈");
        for (String page : List.of("/", "/elections/fe-leader", "/elections/be-leader", "/elections/demo-day",
                "/elections/best-talk", "/elections/last-year", "/elections/fe-leader/results",
                "/elections/best-talk/results", "/account", "/?lang=en", "/account", "/elections/demo-day", "/?lang=ko")) {
            check(phone.open(page), problems);
        }

        // and the admin's pages, which an admin may well open on a phone on the night
        LoggedIn chief = api.configuredAdmin();
        assertThat(api.send("POST", "/api/admin/roll/", "email,name,part,team\n" + ApiClient.uniqueEmail("rolled") + ",김하늘,FE,포켓돈\n",
                "Content-Type", "text/csv", chief.bearer()[0], chief.bearer()[1]).status()).isEqualTo(200);
        long feLeader = api.get("/api/elections/fe-leader/").detail().get("id").asLong();
        Browser admin = browsers.open("phone admin", Viewport.PHONE);
        OnPages.logIn(admin, ApiClient.CONFIGURED_ADMIN, "password-123");
        for (String page : List.of("/admin", "/admin/roll", "/admin/members", "/admin/audit", "/admin/elections/new",
                "/admin/elections/" + feLeader, "/admin/elections/" + feLeader + "/edit")) {
            check(admin.open(page), problems);
        }
        assertThat(problems).isEmpty();
        assertThat(phone.consoleProblems()).as("console").isEmpty();
        assertThat(admin.consoleProblems()).as("console").isEmpty();
    }

    /**
     * On a phone a page wider than the screen either scrolls sideways or, as mobile browsers do,
     * is zoomed out to fit (its layout viewport grows past 360 px): either is a problem.
     */
    private static void check(Browser b, List<String> problems) {
        Map<String, Object> width = b.js(SIDEWAYS);
        if ((Long) width.get("inner") != 360L || (Long) width.get("scroll") > 360L) {
            problems.add(b.path() + " is wider than the phone: " + width);
        }
        List<String> unlabelled = b.js(UNLABELLED);
        if (!unlabelled.isEmpty()) {
            problems.add(b.path() + " has controls without a label: " + unlabelled);
        }
    }

    @Test
    void aPastedRollLargerThanAFormFieldMayBeIsSentAsAFileAndUploadedWhole() {
        api.configuredAdmin();
        Browser admin = browsers.open("admin", Viewport.DESKTOP);
        OnPages.logIn(admin, ApiClient.CONFIGURED_ADMIN, "password-123");
        admin.open("/admin/roll");
        long limit = admin.<Long>js("return parseInt(document.getElementById('roll-form').dataset.pasteLimit, 10);");
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L);
        StringBuilder csv = new StringBuilder("email,name,part,team\n");
        int lines = 0;
        while (csv.toString().getBytes(StandardCharsets.UTF_8).length <= limit + 1024) {
            csv.append("member").append(lines).append('.').append(tag).append("@roll.example,회원").append(lines).append(",FE,\n");
            lines++;
        }
        admin.pick("#roll-csv", csv.toString()); // all at once, as a paste puts it there
        admin.clickAndLoad("#upload-roll");
        assertThat(admin.path()).as("uploaded: " + admin.text("#form-error")).startsWith("/admin/roll?");
        assertThat(admin.text("#roll-counts")).contains("새로 " + lines + "명");
        assertThat(admin.exists("#roll-entries tr[data-email='member" + (lines - 1) + "." + tag + "@roll.example']")).isTrue();
        assertThat(admin.consoleProblems()).as("console").isEmpty();
    }

    @Test
    void koreanByDefaultEnglishAfterTheSwitchAndKoreanAgain() {
        Browser b = browsers.open("visitor", Viewport.DESKTOP);
        b.open("/");
        assertThat(b.<String>js("return document.documentElement.lang;")).isEqualTo("ko");
        assertThat(b.text("h1")).isEqualTo("선거");

        b.clickAndLoad("#language-switch");
        assertThat(b.<String>js("return document.documentElement.lang;")).isEqualTo("en");
        assertThat(b.text("h1")).isEqualTo("Elections");
        b.open("/login");
        assertThat(b.<String>js("return document.documentElement.lang;")).as("the choice stays").isEqualTo("en");
        assertThat(b.text("#language-switch")).isEqualTo("한국어");
        assertThat(b.<String>js("return document.getElementById('language-switch').lang;"))
                .as("the link's own language, for a screen reader").isEqualTo("ko");

        b.clickAndLoad("#language-switch");
        assertThat(b.path()).startsWith("/login");
        assertThat(b.<String>js("return document.documentElement.lang;")).isEqualTo("ko");
        assertThat(b.consoleProblems()).as("console").isEmpty();
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstThenTheFirstChoiceAndTheSaveButton() {
        Browser b = browsers.open("keyboard", Viewport.DESKTOP);
        OnPages.signUp(b, "키보드", ApiClient.uniqueEmail("keys"), "FE", "");
        b.open("/elections/fe-leader");
        String first = b.js("return document.querySelector('#ballot input[name=choice]:not(:disabled)').id;");

        tab(b);
        assertThat(b.<String>js("return document.activeElement.className;")).as("the first stop").isEqualTo("skip");
        assertThat(b.shown(".skip")).isTrue();
        assertThat(b.<Boolean>js("var r = document.activeElement.getBoundingClientRect(); return r.left >= 0 && r.top >= 0;"))
                .as("the skip link is on screen while focused").isTrue();
        new Actions(b.driver()).sendKeys(Keys.ENTER).perform();
        tab(b);
        assertThat(b.<Boolean>js("return document.getElementById('main').contains(document.activeElement);"))
                .as("after the skip link, the next stop is in the content").isTrue();

        List<String> stops = tabUntil(b, first);
        new Actions(b.driver()).sendKeys(Keys.SPACE).perform();
        assertThat(b.<Boolean>js("return document.getElementById(arguments[0]).checked;", first)).as("space ticks it").isTrue();
        stops.addAll(tabUntil(b, "save-ballot"));
        new Actions(b.driver()).sendKeys(Keys.ENTER).perform();
        b.await("the saved ballot", "return location.search;", (String q) -> q.contains("done=saved"));
        b.await("the saved page", "return document.readyState;", "complete"::equals);
        assertThat(b.<Boolean>js("return document.getElementById(arguments[0]).checked;", first)).isTrue();
        assertThat(b.consoleProblems()).as("console").isEmpty();
    }

    private static void tab(Browser b) {
        new Actions(b.driver()).sendKeys(Keys.TAB).perform();
    }

    /** Presses Tab until the element with this id has the focus (at most 60 times); returns the stops on the way. */
    private static List<String> tabUntil(Browser b, String id) {
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            tab(b);
            String at = b.js("var e = document.activeElement; return e.id || e.tagName + ' ' + e.textContent.trim();");
            stops.add(at);
            if (id.equals(at)) {
                return stops;
            }
        }
        throw new AssertionError("Tab never reached #" + id + "; stops: " + stops);
    }

    @Test
    void theBallotShowsEachRefusalAndTheLimitOfTwoOnceTwoAreTicked() {
        Browser b = browsers.open("BE member", Viewport.PHONE);
        OnPages.signUp(b, "백엔드", ApiClient.uniqueEmail("be"), "BE", "");
        b.open("/elections/fe-leader");
        List<Map<String, Object>> choices = b.js("""
                return Array.prototype.map.call(document.querySelectorAll('#ballot .choices li'), function (li) {
                  var box = li.querySelector('input'), why = li.querySelector('.why:not(.limit)');
                  return {disabled: box.disabled, why: why === null ? null : why.textContent.trim(),
                          shown: why !== null && why.getClientRects().length > 0,
                          describedBy: box.getAttribute('aria-describedby') === (why === null ? '' : why.id)};
                });""");
        assertThat(choices).hasSize(10).allSatisfy(c -> assertThat(c).containsEntry("disabled", true)
                .containsEntry("why", "다른 파트의 후보입니다").containsEntry("shown", true).containsEntry("describedBy", true));
        b.screenshot("ballot-refused");

        b.open("/elections/best-talk");
        String first = b.choiceBox("첫발표");
        String second = b.choiceBox("둘째발표");
        String third = b.choiceBox("셋째발표");
        assertThat(limited(b, third)).as("nothing ticked yet").isFalse();
        b.click("#" + first);
        b.click("#" + second);
        assertThat(limited(b, third)).as("two ticked: the third is off").isTrue();
        String limit = "limit-" + third.substring("choice-".length());
        assertThat(b.text("#" + limit)).isEqualTo("최대 2개까지 고를 수 있습니다");
        assertThat(b.<String>js("return document.getElementById(arguments[0]).getAttribute('aria-describedby');", third))
                .isEqualTo(limit);
        b.screenshot("ballot-limit");
        b.click("#" + second);
        assertThat(limited(b, third)).as("one ticked again: the third is back").isFalse();
        assertThat(b.shown("#" + limit)).isFalse();
        assertThat(b.consoleProblems()).as("console").isEmpty();
    }

    /** Whether the box is disabled and its at-most-n reason shown. */
    private static boolean limited(Browser b, String box) {
        return b.js("""
                var box = document.getElementById(arguments[0]);
                var why = document.getElementById('limit-' + box.value);
                return box.disabled && why.getClientRects().length > 0;""", box);
    }

    @Test
    void aHostileNameIsTextOnEveryPageAndInTheLiveTableAndNoScriptRuns() {
        String hostile = "<img src=x onerror=alert(1)>";
        Browser b = browsers.open("hostile member", Viewport.DESKTOP);
        OnPages.signUp(b, hostile, ApiClient.uniqueEmail("xss"), "BE", "");
        assertThat(b.text("nav a[href='/account']")).isEqualTo(hostile + " 님");
        b.open("/account");
        assertThat(b.<String>js("return document.querySelector('.facts dd').textContent;")).isEqualTo(hostile);
        assertNothingRan(b);

        // a choice of that name, on the ballot, in the table as rendered and as the stream rebuilds it
        LoggedIn admin = api.configuredAdmin();
        String slug = "hostile-" + System.nanoTime() % 1_000_000_000L;
        assertThat(api.post("/api/admin/elections/", """
                {"slug":"%s","title":"%s","kind":"CANDIDATES","results":"LIVE","rules":["MAX_CHOICES(1)"],
                 "choices":[{"key":"x","name":"%s"},{"key":"y","name":"평범한 이름"}]}"""
                .formatted(slug, hostile, hostile), admin.bearer()).status()).isEqualTo(201);
        assertThat(api.post("/api/admin/elections/" + slug + "/open/", "", admin.bearer()).status()).isEqualTo(200);
        OnPages.vote(b, slug, hostile);
        assertNothingRan(b);

        Browser watcher = browsers.open("watcher", Viewport.DESKTOP);
        watcher.open("/elections/" + slug + "/results");
        assertThat(watcher.<String>js("return document.querySelector('#standings tbody').getAttribute('aria-live');"))
                .as("a screen reader hears the new standings").isIn("polite", "assertive");
        OnPages.awaitStandings(watcher, List.of(hostile + "=1", "평범한 이름=0"));
        OnPages.mark(watcher);
        OnPages.vote(b, slug, "평범한 이름");
        OnPages.awaitStandings(watcher, List.of("평범한 이름=1", hostile + "=0"));
        assertThat(OnPages.stillMarked(watcher)).as("no reload").isTrue();
        assertNothingRan(watcher);
        assertThat(b.consoleProblems()).as("console").isEmpty();
        assertThat(watcher.consoleProblems()).as("console").isEmpty();
    }

    private static void assertNothingRan(Browser b) {
        assertThat(b.<Long>js("return document.querySelectorAll('img[src=\"x\"]').length;")).isZero();
        assertThatThrownBy(() -> b.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }
}
