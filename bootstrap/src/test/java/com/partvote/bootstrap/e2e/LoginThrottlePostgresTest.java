package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.adapters.persistence.testsupport.EmbeddedPostgresConfiguration;
import com.partvote.bootstrap.PartvoteApplication;
import com.partvote.bootstrap.e2e.ApiClient.Member;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import com.partvote.domain.fixtures.MovableClock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * Password guessing, end to end: failed logins are throttled per email and per client address
 * with the production limits (5 per email, here 10 per client, in a 5-minute window), with the
 * same answer whether the email exists or not, and a block ends when the window has passed. Runs
 * in its own application context, on a clock the test moves, with the per-client limit lowered
 * from the test profile's 1000. Client addresses are set with X-Forwarded-For, which the server
 * honours from the local proxy, as it would from the TLS proxy in production.
 */
@SpringBootTest(classes = PartvoteApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"partvote.throttle.max-failures-per-account=5", "partvote.throttle.max-failures-per-client=10",
            "partvote.throttle.max-sign-ups-per-client=10",
            "partvote.throttle.window=5m"})
@Import({EmbeddedPostgresConfiguration.class, LoginThrottlePostgresTest.ClockConfiguration.class})
@ActiveProfiles("test")
class LoginThrottlePostgresTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class ClockConfiguration {
        /** Replaces the system clock everywhere in the application. */
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private Response logIn(String email, String password, String clientAddress) {
        return api.post("/api/users/logins/", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
                "X-Forwarded-For", clientAddress);
    }

    @Test
    void failedLoginsForOneEmailAreThrottledAlikeWhetherItExistsAndTheBlockEndsWithTheWindow() {
        Member member = api.newMember("FE");
        String unknown = ApiClient.uniqueEmail("nobody");
        for (int i = 1; i <= 5; i++) {
            // spelling variants of one address count for that address
            String spelled = i % 2 == 0 ? member.email().toUpperCase() : " " + member.email() + " ";
            Response wrong = logIn(spelled, "wrong-password-" + i, "203.0.113.10");
            assertThat(wrong.status()).as("failure %d", i).isEqualTo(400);
            assertThat(wrong.code()).isEqualTo("INVALID_CREDENTIALS");
            assertThat(logIn(unknown, "wrong-password-" + i, "203.0.113.11").raw()).isEqualTo(wrong.raw());
        }

        Response blocked = logIn(member.email(), "wrong-password-6", "203.0.113.10");
        Response blockedUnknown = logIn(unknown, "wrong-password-6", "203.0.113.11");
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.code()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(blocked.header("Retry-After")).contains("300");
        assertThat(blocked.detail().get("retry_after").asLong()).isEqualTo(300);
        // an unknown email is throttled exactly alike: nothing tells the two apart
        assertThat(blockedUnknown.status()).isEqualTo(429);
        assertThat(blockedUnknown.raw()).isEqualTo(blocked.raw());
        assertThat(blockedUnknown.header("Retry-After")).isEqualTo(blocked.header("Retry-After"));

        // during the block even the right password is refused, or guessing would go on unhindered,
        // from any address; and trying during the block does not make it longer
        for (int i = 0; i < 20; i++) {
            Response right = logIn(member.email(), member.password(), "198.51.100." + (i + 1));
            assertThat(right.status()).isEqualTo(429);
            assertThat(right.code()).isEqualTo("TOO_MANY_ATTEMPTS");
        }
        // other members are not affected
        Member neighbour = api.newMember("FE");
        assertThat(logIn(neighbour.email(), neighbour.password(), "203.0.113.10").status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        Response almost = logIn(member.email(), member.password(), "203.0.113.10");
        assertThat(almost.status()).isEqualTo(429);
        assertThat(almost.header("Retry-After")).contains("1");

        clock.advance(Duration.ofSeconds(1));
        assertThat(logIn(member.email(), member.password(), "203.0.113.10").status()).isEqualTo(200);
        assertThat(logIn(unknown, "wrong-password-7", "203.0.113.11").code()).isEqualTo("INVALID_CREDENTIALS");
        // a success starts the count afresh: one slip after logging in is no block
        assertThat(logIn(member.email(), "wrong-password-8", "203.0.113.10").code()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(logIn(member.email(), member.password(), "203.0.113.10").status()).isEqualTo(200);
    }

    @Test
    void failedLoginsFromOneAddressAreThrottledAcrossEmailsWithoutBlockingOtherAddresses() {
        Member member = api.newMember("BE");
        String guesser = "203.0.113.20";
        for (int i = 1; i <= 10; i++) {
            // a different email each time: no single account reaches its own limit
            Response r = logIn(ApiClient.uniqueEmail("spray"), "password-123", guesser);
            assertThat(r.status()).as("failure %d", i).isEqualTo(400);
            assertThat(r.code()).isEqualTo("INVALID_CREDENTIALS");
        }
        Response blocked = logIn(member.email(), member.password(), guesser);
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.code()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(blocked.header("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 300L));
        assertThat(logIn(ApiClient.uniqueEmail("spray"), "password-123", guesser).status()).isEqualTo(429);

        // the member, from their own address, is not locked out by someone else's guessing
        assertThat(logIn(member.email(), member.password(), "203.0.113.21").status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(5));
        assertThat(logIn(member.email(), member.password(), guesser).status()).isEqualTo(200);
    }

    @Test
    void signUpsAreThrottledPerClientSoThatTakenEmailsCannotBeListed() {
        String client = "203.0.113.200";
        Response last = null;
        for (int i = 0; i < 10; i++) {
            last = api.post("/api/users/signups/", "{\"name\":\"김채림\",\"email\":\"" + ApiClient.uniqueEmail("enum")
                    + "\",\"password\":\"password123\",\"part\":\"FE\"}", "X-Forwarded-For", client);
            assertThat(last.status()).as("sign-up %d", i + 1).isEqualTo(201);
        }
        Response blocked = api.post("/api/users/signups/", "{\"name\":\"김채림\",\"email\":\""
                + ApiClient.uniqueEmail("enum") + "\",\"password\":\"password123\",\"part\":\"FE\"}",
                "X-Forwarded-For", client);
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.code()).isEqualTo("TOO_MANY_ATTEMPTS");
        Response other = api.post("/api/users/signups/", "{\"name\":\"김채림\",\"email\":\"" + ApiClient.uniqueEmail("enum")
                + "\",\"password\":\"password123\",\"part\":\"FE\"}", "X-Forwarded-For", "203.0.113.201");
        assertThat(other.status()).isEqualTo(201);
        clock.advance(java.time.Duration.ofMinutes(6));
    }
}
