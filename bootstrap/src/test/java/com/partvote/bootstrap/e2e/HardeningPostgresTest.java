package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Second hardening round: browser headers, Jackson's read limits, sign-up enumeration. */
@PostgresApiTest
@ExtendWith(OutputCaptureExtension.class)
class HardeningPostgresTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void everyAnswerForbidsSniffingFramingAndReferrers() {
        for (Response r : new Response[] {api.get("/api/candidates/?part=FE"), api.get("/swagger-ui/index.html"),
                api.get("/api/nowhere"), api.post("/api/users/logins/", "{")}) {
            assertThat(r.header("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.header("X-Frame-Options")).contains("DENY");
            assertThat(r.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("frame-ancestors 'none'"));
            assertThat(r.header("Referrer-Policy")).contains("no-referrer");
        }
        // everything but Swagger UI (which writes inline styles): this site's own files and nothing else
        for (Response r : new Response[] {api.get("/api/candidates/?part=FE"), api.get("/api/nowhere"), api.get("/")}) {
            assertThat(r.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "*"));
        }
    }

    @Test
    void aHugeNumberIsMalformedJson() {
        Response r = api.post("/api/users/logins/", "{\"email\":" + "9".repeat(16_000) + ",\"password\":\"x\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("MALFORMED_JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "{\"\":"})
    void deepNestingIsMalformedJsonWhateverItsShape(String opener) {
        // as deep as fits in the 16 KiB body limit: 8,000 arrays, 3,000 objects
        String closer = opener.equals("[") ? "]" : "}";
        int depth = opener.equals("[") ? 8_000 : 3_000;
        String nested = opener.repeat(depth) + "1" + closer.repeat(depth);
        for (String body : new String[] {nested, "{\"email\":" + nested + "}", "{\"x\":" + nested + ",\"email\":\"a@b.co\"}"}) {
            Response r = api.post("/api/users/logins/", body);
            assertThat(r.status()).as(body.substring(0, 20)).isEqualTo(400);
            assertThat(r.code()).as(body.substring(0, 20)).isEqualTo("MALFORMED_JSON");
        }
    }

    @Test
    void aTakenEmailIsNotLogged(CapturedOutput output) {
        String email = ApiClient.uniqueEmail("taken");
        String body = "{\"name\":\"김채림\",\"email\":\"" + email + "\",\"password\":\"password123\",\"part\":\"FE\"}";
        assertThat(api.post("/api/users/signups/", body, "X-Forwarded-For", "192.0.2.77").status()).isEqualTo(201);
        Response again = api.post("/api/users/signups/", body, "X-Forwarded-For", "192.0.2.77");

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.code()).isEqualTo("EMAIL_TAKEN");
        assertThat(output.getAll()).doesNotContain(email);
    }
}
