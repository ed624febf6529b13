package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.PageBrowser.Page;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ballot page's receipt, as served: after a saved vote the member's tracker, its entry (or
 * "pending") and the signed head, the check button and the live region that receipt.js fills, the
 * script loaded from a file (the CSP forbids inline script), in both languages.
 */
@PostgresApiTest
class ReceiptPagePostgresTest {

    @LocalServerPort
    int port;

    PageBrowser browser;

    @BeforeEach
    void setUp() {
        browser = new PageBrowser(port);
    }

    @Test
    void aSavedVoteShowsItsReceiptAndTheCheckButton() {
        browser.signUp("영수증", ApiClient.uniqueEmail("receipt"), "correct horse battery", "BE", "");
        assertThat(browser.get("/elections/be-leader").body()).as("no ballot, no receipt").doesNotContain("id=\"receipt\"");
        String page = browser.get("/elections/be-leader").body();
        String choice = page.replaceAll("(?s).*?name=\"choice\" value=\"(\\d+)\".*", "$1");
        assertThat(browser.post("/elections/be-leader/ballot", "choice", choice, "action", "save").redirectsTo("/elections/be-leader?done=saved")).isTrue();

        Instant deadline = Instant.now().plusSeconds(20);
        String ballot;
        do {
            LogElections.sleep(100);
            ballot = browser.get("/elections/be-leader?done=saved").body();
            assertThat(Instant.now()).isBefore(deadline);
        } while (ballot.contains("서명 대기 중"));
        assertThat(ballot).contains("id=\"receipt\"", "내 투표 영수증", "id=\"receipt-tracker\"", "id=\"check-ballot\"",
                "id=\"receipt-check\" aria-live=\"polite\"", "src=\"/js/receipt.js\"", "data-proof=\"/api/elections/",
                "/log/proof?tracker=", "data-ok=\"확인했습니다: ", "{index}");
        assertThat(ballot).matches("(?s).*<code id=\"receipt-tracker\">[A-Za-z0-9_-]{22}</code>.*");
        assertThat(ballot).doesNotContain("<script>");
        Page english = browser.get("/elections/be-leader?lang=en");
        assertThat(english.body()).contains("Your ballot receipt", "Check my ballot", "data-ok=\"Checked: entry {index}");
        assertThat(browser.get("/js/receipt.js").body()).contains("crypto.subtle.digest(\"SHA-256\"");
    }
}
