package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.adapters.persistence.testsupport.EmbeddedPostgresConfiguration;
import com.partvote.bootstrap.PartvoteApplication;
import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.domain.fixtures.MovableClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The results file an admin downloads from the control room is the API's file, byte for byte.
 * The file names the moment it was generated, so the two downloads are compared on a clock that
 * stands still (this class's own application context): then nothing may differ at all.
 */
@SpringBootTest(classes = PartvoteApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({EmbeddedPostgresConfiguration.class, LoginThrottlePostgresTest.ClockConfiguration.class})
@ActiveProfiles("test")
class ResultsCsvPostgresTest {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Test
    void theControlRoomsCsvIsTheApisFileByteForByte() throws IOException, InterruptedException {
        clock.advance(Duration.ofMinutes(1)); // the club file's elections opened at start-up, on this clock: past that
        ApiClient api = new ApiClient(port);
        LoggedIn chief = api.configuredAdmin();
        LoggedIn member = api.logIn(api.newMember("FE"));
        long choice = api.choiceId("fe-leader", "신성우");
        assertThat(api.post("/api/elections/fe-leader/votes/", "{\"choice\":" + choice + "}", member.bearer()).status())
                .isEqualTo(201);
        PageBrowser admin = new PageBrowser(port);
        assertThat(admin.logIn(chief.member().email(), chief.member().password()).redirectsTo("/")).isTrue();

        HttpResponse<byte[]> page = admin.download("/admin/elections/fe-leader/results.csv");
        HttpResponse<byte[]> fromApi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/admin/elections/fe-leader/results.csv"))
                .header("Authorization", "Bearer " + chief.accessToken()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).isEqualTo(fromApi.body());
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFelection,title,state,")
                .contains(",신성우,1\r\n");
        for (String header : new String[] {"Content-Type", "Content-Disposition"}) {
            assertThat(page.headers().firstValue(header)).as(header).isPresent().isEqualTo(fromApi.headers().firstValue(header));
        }
    }
}
