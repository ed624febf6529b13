package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A full session (sign-up, login, refresh, vote, logout, a replayed refresh token, failed
 * logins) with the application's and Spring MVC's loggers turned up to DEBUG and TRACE, as an
 * operator chasing a problem would: no password, password hash, access token or refresh token
 * may appear in the output. Token responses must not be cached.
 */
@PostgresApiTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsAndCachingPostgresTest {

    private static final String[] VERBOSE = {"com.partvote", "org.springframework.web", "org.springframework.jdbc",
        "org.springframework.transaction", "org.springframework.orm", "org.hibernate.SQL"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoggingSystem logging;

    @Test
    void aWholeSessionLogsNoSecretAndTokenResponsesAreNotCached(CapturedOutput output) {
        ApiClient api = new ApiClient(port);
        for (String logger : VERBOSE) {
            logging.setLogLevel(logger, logger.startsWith("org.springframework.web") ? LogLevel.TRACE : LogLevel.DEBUG);
        }
        List<String> secrets = new ArrayList<>();
        try {
            String email = ApiClient.uniqueEmail("quiet");
            String password = "Sekr3t-Pa55-" + System.nanoTime();
            String wrongPassword = "Wr0ng-Pa55-" + System.nanoTime();
            secrets.add(password);
            secrets.add(wrongPassword);

            Response signUp = api.post("/api/users/signups/", "{\"name\":\"조용한\",\"email\":\"" + email
                    + "\",\"password\":\"" + password + "\",\"part\":\"FE\"}");
            assertThat(signUp.status()).isEqualTo(201);
            secrets.add(jdbc.queryForObject("SELECT password_hash FROM member WHERE email = ?", String.class, email));

            Response login = api.post("/api/users/logins/", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
            assertThat(login.status()).isEqualTo(200);
            assertNotCached(login);
            String access1 = login.detail().get("token").get("access_token").asString();
            String refresh1 = login.cookie("refresh_token").orElseThrow();
            secrets.add(access1);
            secrets.add(access1.substring(access1.lastIndexOf('.') + 1)); // the signature alone
            secrets.add(refresh1);

            assertThat(api.get("/api/users/me/", "Authorization", "Bearer " + access1).status()).isEqualTo(200);

            Response refreshed = api.refresh(refresh1);
            assertThat(refreshed.status()).isEqualTo(200);
            assertNotCached(refreshed);
            String access2 = refreshed.detail().get("token").get("access_token").asString();
            String refresh2 = refreshed.cookie("refresh_token").orElseThrow();
            secrets.add(access2);
            secrets.add(refresh2);

            long candidate = api.get("/api/candidates/?part=FE").detail().get(0).get("id").asLong();
            assertThat(api.post("/api/votes/", "{\"candidate\":" + candidate + "}", "Authorization", "Bearer " + access2)
                    .status()).isEqualTo(201);
            Response logout = api.post("/api/users/logouts/", "{}", "Authorization", "Bearer " + access2);
            assertThat(logout.status()).isEqualTo(200);
            assertThat(logout.header("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
            assertThat(api.refresh(refresh1).code()).isEqualTo("REFRESH_REVOKED");
            assertThat(api.get("/api/users/me/", "Authorization", "Bearer " + access2).code()).isEqualTo("TOKEN_REVOKED");
            assertThat(api.post("/api/users/logins/", "{\"email\":\"" + email + "\",\"password\":\"" + wrongPassword + "\"}")
                    .code()).isEqualTo("INVALID_CREDENTIALS");
            assertThat(api.post("/api/users/logins/", "{\"email\":\"" + ApiClient.uniqueEmail("ghost")
                    + "\",\"password\":\"" + wrongPassword + "\"}").code()).isEqualTo("INVALID_CREDENTIALS");
        } finally {
            for (String logger : VERBOSE) {
                logging.setLogLevel(logger, null);
            }
        }

        String logs = output.getAll();
        // the capture did see the verbose logging of these very requests: this test can fail
        assertThat(logs).contains("/api/users/logins/", "/api/refreshes/", "/api/users/logouts/", "LogInRequest",
                "INSERT INTO refresh_token");
        List<String> leaks = new ArrayList<>();
        for (String secret : secrets) {
            int at = logs.indexOf(secret);
            if (at >= 0) {
                // say where, without dumping the whole log
                leaks.add(logs.substring(Math.max(0, logs.lastIndexOf('\n', at) + 1), Math.min(logs.length(), at + 40)));
            }
        }
        assertThat(leaks).as("log lines holding a secret").isEmpty();
        System.out.println("secrets in logs: " + secrets.size() + " secrets checked against " + logs.lines().count()
                + " captured log lines, " + leaks.size() + " found");
    }

    private static void assertNotCached(Response r) {
        assertThat(r.header("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(r.header("Pragma")).contains("no-cache");
    }
}
