package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.ApiClient.Member;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What an operator watches: the probes and the Prometheus metrics, moved by real requests. */
@PostgresApiTest
class OperationsPostgresTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void livenessAndReadinessAreUpAndReadinessChecksTheDatabase() {
        Response live = api.get("/actuator/health/liveness");
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.json().get("status").asString()).isEqualTo("UP");

        Response ready = api.get("/actuator/health/readiness");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asString()).isEqualTo("UP");
        JsonNode components = ready.json().get("components");
        assertThat(components.propertyNames()).containsExactlyInAnyOrder("readinessState", "db");
        assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
        assertThat(components.get("db").has("details")).as("no database details leak").isFalse();
    }

    @Test
    void votesAreCountedByOutcome() {
        LoggedIn voter = api.logIn(api.newMember("FE"));
        long candidate = api.get("/api/candidates/?part=FE").detail().get(0).get("id").asLong();
        double accepted = metric("partvote_votes_total", "accepted");
        double duplicate = metric("partvote_votes_total", "duplicate");
        double unknown = metric("partvote_votes_total", "candidate_not_found");

        assertThat(api.vote(voter, candidate).status()).isEqualTo(201);
        assertThat(api.vote(voter, candidate).code()).isEqualTo("DUPLICATE_VOTE");
        assertThat(api.vote(voter, 987654321L).code()).isEqualTo("CANDIDATE_NOT_FOUND");

        assertThat(metric("partvote_votes_total", "accepted")).isEqualTo(accepted + 1);
        assertThat(metric("partvote_votes_total", "duplicate")).isEqualTo(duplicate + 1);
        assertThat(metric("partvote_votes_total", "candidate_not_found")).isEqualTo(unknown + 1);
        assertThat(metric("partvote_votes_total", "self_vote")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void loginsAreCountedByOutcome() {
        Member member = api.newMember("BE");
        double success = metric("partvote_logins_total", "success");
        double invalid = metric("partvote_logins_total", "invalid_credentials");
        double throttled = metric("partvote_logins_total", "throttled");

        api.logIn(member);
        String wrong = "{\"email\":\"" + member.email() + "\",\"password\":\"not-the-password\"}";
        // five failures for one account are allowed; the sixth attempt is throttled
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/users/logins/", wrong).code()).isEqualTo("INVALID_CREDENTIALS");
        }
        assertThat(api.post("/api/users/logins/", wrong).code()).isEqualTo("TOO_MANY_ATTEMPTS");

        assertThat(metric("partvote_logins_total", "success")).isEqualTo(success + 1);
        assertThat(metric("partvote_logins_total", "invalid_credentials")).isEqualTo(invalid + 5);
        assertThat(metric("partvote_logins_total", "throttled")).isEqualTo(throttled + 1);
    }

    @Test
    void requestLatencyIsAHistogramPerRoute() {
        assertThat(api.get("/api/results/").status()).isEqualTo(200);
        List<String> buckets = scrape().lines()
                .filter(l -> l.startsWith("http_server_requests_seconds_bucket{"))
                .filter(l -> l.contains("uri=\"/api/results/\"") || l.contains("uri=\"/api/results\""))
                .toList();
        assertThat(buckets).as("latency buckets of GET /api/results/").hasSizeGreaterThan(5)
                .anySatisfy(l -> assertThat(l).contains("le=\"+Inf\""));
    }

    @Test
    void forwardedHeadersFromTheLocalProxyDecideTheUrlsTheApplicationBuilds() {
        // the test client connects from 127.0.0.1, which is what the TLS proxy does in production
        Response proxied = api.get("/v3/api-docs", "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "vote.example.org", "X-Forwarded-Port", "443", "X-Forwarded-For", "203.0.113.9");
        assertThat(proxied.json().get("servers").get(0).get("url").asString()).isEqualTo("https://vote.example.org");
        Response direct = api.get("/v3/api-docs");
        assertThat(direct.json().get("servers").get(0).get("url").asString()).isEqualTo("http://localhost:" + port);
    }

    private String scrape() {
        Response r = api.get("/actuator/prometheus");
        assertThat(r.status()).isEqualTo(200);
        return r.raw();
    }

    /** The value of a counter sample with this outcome; fails when the sample is absent. */
    private double metric(String name, String outcome) {
        return scrape().lines()
                .filter(l -> l.startsWith(name + "{") && l.contains("outcome=\"" + outcome + "\""))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sample " + name + "{outcome=\"" + outcome + "\"}"));
    }
}
