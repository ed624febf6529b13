package com.partvote.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient;
import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import com.partvote.bootstrap.e2e.PostgresApiTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The receipt's "check my ballot" in real Chromium: receipt.js fetches the inclusion proof and
 * checks the entry's leaf hash, the proof up to the signed head's root and the head's Ed25519
 * signature with Web Crypto. A member votes on the page and checks while the sequencer is held
 * back (the page says the entry is not in a signed head yet), checks again once a head covers it
 * and sees their recorded choice; then an operator changes that entry's choice in the database,
 * and the same button says the check failed, and why.
 */
@PostgresApiTest
class ReceiptBrowserIT {

    /** The outcome of one check, once the button is enabled again (empty while it runs). */
    private static final String OUTCOME = """
            var out = document.getElementById('receipt-check');
            var busy = document.getElementById('check-ballot').disabled
                || out.textContent === document.getElementById('receipt').dataset.checking;
            return busy ? '' : (out.dataset.verified === 'true' ? 'verified: ' : 'other: ') + out.textContent;""";

    /** What the page says while the member's latest change is in no signed head. */
    private static final String PENDING = "방금 바뀐 투표가 아직 서명된 기록에 들어가지 않았습니다";

    /** The sequencer's advisory-lock namespace ('pvlg'); the second key is the election. */
    private static final int SEQUENCER_LOCK = 0x70766c67;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

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
    void aMemberChecksTheirBallotInTheBrowserAndATamperedEntryFailsTheCheck() throws SQLException {
        String slug = "receipt-" + (System.nanoTime() % 1_000_000_000L);
        long election = openElection(slug);

        Browser member = browsers.open("member", Viewport.DESKTOP);
        OnPages.signUp(member, "김하늘", ApiClient.uniqueEmail("receipt"), "FE", "포켓돈");
        String tracker;
        // holding the sequencer's advisory lock keeps the new entry pending: the first check must say so
        try (Connection held = dataSource.getConnection()) {
            holdSequencerLock(held, election, true);
            try {
                OnPages.vote(member, slug, "신성우");
                assertThat(member.exists("#receipt")).as("the ballot page shows the receipt").isTrue();
                tracker = member.text("#receipt-tracker");
                assertThat(tracker).as("128 random bits in URL-safe Base64").matches("[A-Za-z0-9_-]{22}");
                member.click("#check-ballot");
                assertThat(member.await("the check's outcome", OUTCOME, (String s) -> !s.isEmpty()))
                        .as("an entry no head covers yet").startsWith("other: " + PENDING);
            } finally {
                holdSequencerLock(held, election, false); // the pool keeps the connection, and would keep the lock
            }
        }

        Checked checked = checkUntilSigned(member);
        // each "not signed yet" was the proof route's documented 409, which the browser logs as a failed load
        List<String> pendingAnswers = member.consoleProblems();
        assertThat(pendingAnswers).as("only the pending answers the page showed").hasSizeBetween(1, 1 + checked.pending())
                .allSatisfy(line -> assertThat(line)
                        .contains("/api/elections/" + election + "/log/proof?tracker=" + tracker)
                        .endsWith("Failed to load resource: the server responded with a status of 409 ()"));
        assertThat(checked.outcome()).startsWith("verified: ").contains("신성우").contains("서명도 확인했습니다");
        long index = jdbc.queryForObject("SELECT max(leaf_index) FROM ballot_log WHERE election_id = ? AND tracker = ?",
                Long.class, election, tracker);
        assertThat(member.text("#receipt-index")).as("the entry just proven replaces \"pending\"").isEqualTo(Long.toString(index));
        assertThat(member.text("#receipt-head")).as("and the head it was proven in").startsWith("항목 ").endsWith(" UTC");
        member.screenshots("receipt-checked");

        // an operator with the database changes the recorded choice, leaving the stored hash as it was
        long other = api.choiceId(slug, "오민지");
        jdbc.execute("ALTER TABLE ballot_log DISABLE TRIGGER ballot_log_append_only");
        try {
            assertThat(jdbc.update("UPDATE ballot_log SET choices = ARRAY[?]::bigint[] WHERE election_id = ? AND tracker = ?",
                    other, election, tracker)).isEqualTo(1);
        } finally {
            jdbc.execute("ALTER TABLE ballot_log ENABLE TRIGGER ballot_log_append_only");
        }
        member.open("/elections/" + slug);
        member.click("#check-ballot");
        String failed = member.await("the check's outcome", OUTCOME, (String s) -> !s.isEmpty());
        assertThat(failed).startsWith("other: 확인 실패: leaf hash");
        assertThat(member.consoleProblems()).as("nothing else went wrong on the page").isEqualTo(pendingAnswers);
    }

    /**
     * Clicks "check my ballot" until the entry is in a signed head; the pending answer is the only other one
     * allowed.
     */
    private Checked checkUntilSigned(Browser member) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        for (int pending = 0; ; pending++) {
            member.click("#check-ballot");
            String outcome = member.await("the check's outcome", OUTCOME, (String s) -> !s.isEmpty());
            if (outcome.startsWith("verified: ")) {
                return new Checked(outcome, pending);
            }
            assertThat(outcome).as("before its head is signed, the page says to check again")
                    .startsWith("other: " + PENDING);
            assertThat(Instant.now()).as("the sequencer signs a head within seconds").isBefore(deadline);
            pause();
        }
    }

    private static void holdSequencerLock(Connection connection, long election, boolean hold) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                hold ? "SELECT pg_advisory_lock(?, ?)" : "SELECT pg_advisory_unlock(?, ?)")) {
            lock.setInt(1, SEQUENCER_LOCK);
            lock.setInt(2, (int) election);
            lock.execute();
        }
    }

    /** The verified outcome, and how many checks before it said the entry was still pending. */
    private record Checked(String outcome, int pending) {
    }

    private long openElection(String slug) {
        LoggedIn admin = api.configuredAdmin();
        String body = """
                {"slug":"%s","title":"영수증 확인","kind":"CANDIDATES","results":"LIVE","rules":[],"opens_at":"%s",
                 "choices":[{"key":"a","name":"김채림"},{"key":"b","name":"신성우"},{"key":"c","name":"오민지"}]}
                """.formatted(slug, Instant.now().plus(60, ChronoUnit.SECONDS).truncatedTo(ChronoUnit.SECONDS));
        Response created = api.post("/api/admin/elections/", body, admin.bearer());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        for (String step : new String[] {"schedule", "open"}) {
            Response stepped = api.post("/api/admin/elections/" + slug + "/" + step + "/", "", admin.bearer());
            assertThat(stepped.status()).as(stepped.toString()).isEqualTo(200);
        }
        return api.get("/api/elections/" + slug + "/").detail().get("id").asLong();
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
