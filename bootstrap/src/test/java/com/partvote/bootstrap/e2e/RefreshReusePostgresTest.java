package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.adapters.persistence.testsupport.EmbeddedPostgresConfiguration;
import com.partvote.bootstrap.PartvoteApplication;
import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.ApiClient.Member;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import com.partvote.domain.fixtures.AtOnce;
import com.partvote.domain.fixtures.MovableClock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two tabs refreshing with the same cookie at once, or a retry after a lost answer, are not a
 * stolen token: within the reuse interval (30 s here, the default) each gets a successor in the
 * same session. A replay after the interval still revokes the session.
 */
@SpringBootTest(classes = PartvoteApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "partvote.auth.refresh-reuse-interval=30s")
@Import({EmbeddedPostgresConfiguration.class, LoginThrottlePostgresTest.ClockConfiguration.class})
@ActiveProfiles("test")
class RefreshReusePostgresTest {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @ParameterizedTest(name = "{0} concurrent refreshes")
    @ValueSource(ints = {2, 3, 5})
    void concurrentRefreshesWithOneTokenAllSucceedInTheSameSession(int concurrent) throws Exception {
        for (int trial = 0; trial < 5; trial++) {
            LoggedIn session = api.logIn(api.newMember("FE"));
            List<Response> answers = refreshAtOnce(session.refreshToken(), concurrent);

            assertThat(answers).as("trial %d", trial).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
            for (Response r : answers) {
                String access = r.detail().get("token").get("access_token").asString();
                assertThat(api.get("/api/users/me/", "Authorization", "Bearer " + access).status()).isEqualTo(200);
                assertThat(api.refresh(r.cookie("refresh_token").orElseThrow()).status()).isEqualTo(200);
            }
        }
    }

    @Test
    void aReplayAfterTheReuseIntervalRevokesTheSession() {
        LoggedIn session = api.logIn(api.newMember("BE"));
        Response next = api.refresh(session.refreshToken());
        assertThat(next.status()).isEqualTo(200);
        String access = next.detail().get("token").get("access_token").asString();

        clock.advance(Duration.ofSeconds(31));
        Response replay = api.refresh(session.refreshToken());

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.code()).isEqualTo("REFRESH_REUSED");
        assertThat(api.refresh(next.cookie("refresh_token").orElseThrow()).code()).isEqualTo("REFRESH_REVOKED");
        assertThat(api.get("/api/users/me/", "Authorization", "Bearer " + access).code()).isEqualTo("TOKEN_REVOKED");
    }

    private List<Response> refreshAtOnce(String token, int concurrent) {
        Callable<Response> refresh = () -> api.refresh(token);
        return AtOnce.values(Collections.nCopies(concurrent, refresh));
    }
}
