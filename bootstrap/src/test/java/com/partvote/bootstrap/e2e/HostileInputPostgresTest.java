package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import com.partvote.bootstrap.e2e.HostileCorpus.Probe;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over a thousand generated malformed and hostile requests against every route: each must get a
 * 4xx in the envelope, with a code from the message bundle, no internal detail in the body, and
 * no trace in the database.
 */
@PostgresApiTest
class HostileInputPostgresTest {

    /** What a body must never show: stack traces, framework names, database internals. */
    private static final List<String> LEAKS = List.of("exception", "at com.", "org.springframework", "sql", "jdbc",
            "hibernate", "tomcat", "catalina", "<html", "stacktrace", "trace\"", "postgres", "psql", "java.");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * One dynamic test per probe, named by its category and description, so that a failure names
     * the request; before them the database is measured, after them it must be unchanged and the
     * member whose token the probes used must still be served.
     */
    @TestFactory
    Stream<DynamicNode> everyHostileRequestGetsAnEnvelopedClientErrorAndChangesNothing() {
        ApiClient api = new ApiClient(port);
        LoggedIn voter = api.logIn(api.newMember("FE"));
        Set<String> knownCodes = knownErrorCodes();
        List<Probe> corpus = HostileCorpus.generate(port, voter.accessToken());
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(1000);
        Map<String, Long> before = databaseFigures();
        Map<String, Integer> codes = new TreeMap<>();

        Stream<DynamicNode> probes = corpus.stream().map(probe -> DynamicTest.dynamicTest(
                probe.category() + " | " + probe.description(), () -> {
                    RawHttp.Reply reply = RawHttp.exchange(port, probe.bytes());
                    String problem = judge(probe, reply, knownCodes);
                    assertThat(problem).as("%s, answered %d: %s", probe.description(), reply.status(),
                            abbreviate(reply.text())).isNull();
                    assertThat(reply.status()).isBetween(400, 499);
                    synchronized (codes) {
                        codes.merge(reply.status() + " " + JSON.readTree(reply.text()).get("code").asString(), 1, Integer::sum);
                    }
                }));
        DynamicTest noTrace = DynamicTest.dynamicTest("the rejected requests leave no trace and the server still serves", () -> {
            System.out.println("hostile corpus: status and code " + codes);
            assertThat(databaseFigures()).as("rejected requests leave no trace").isEqualTo(before);
            assertThat(api.get("/api/users/me/", voter.bearer()).status()).isEqualTo(200);
        });
        return Stream.concat(probes, Stream.of(noTrace));
    }

    @Test
    void injectionLikeTextThatIsValidIsStoredVerbatimAndInert() {
        ApiClient api = new ApiClient(port);
        String name = "'); DROP TABLE ballot;--";
        String email = ApiClient.uniqueEmail("o'reilly+x");
        Response signUp = api.post("/api/users/signups/", "{\"name\":\"" + name + "\",\"email\":\"" + email
                + "\",\"password\":\"' OR '1'='1 --\",\"part\":\"BE\"}");
        assertThat(signUp.status()).isEqualTo(201);
        Response login = api.post("/api/users/logins/", "{\"email\":\"" + email + "\",\"password\":\"' OR '1'='1 --\"}");
        assertThat(login.status()).isEqualTo(200);
        String token = login.detail().get("token").get("access_token").asString();
        Response me = api.get("/api/users/me/", "Authorization", "Bearer " + token);
        assertThat(me.detail().get("name").asString()).isEqualTo(name);
        assertThat(me.detail().get("email").asString()).isEqualTo(email);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM member WHERE email = ?", Long.class, email))
                .as("the SQL-looking input is stored as text, once").isEqualTo(1L);
        // the same SQL-looking password that matched must not match anything else
        assertThat(api.post("/api/users/logins/", "{\"email\":\"" + email + "\",\"password\":\"' OR '1'='1\"}").code())
                .isEqualTo("INVALID_CREDENTIALS");
    }

    /** Returns what is wrong with the reply, or null when it is a proper refusal. */
    private static String judge(Probe probe, RawHttp.Reply reply, Set<String> knownCodes) {
        int status = reply.status();
        if (status < 400 || status > 499) {
            return "not a 4xx";
        }
        if (probe.expectedStatus() != null && probe.expectedStatus() != status) {
            return "expected status " + probe.expectedStatus();
        }
        String contentType = reply.header("Content-Type").orElse("");
        if (!contentType.startsWith("application/json")) {
            return "not JSON: " + contentType;
        }
        String text = reply.text();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String leak : LEAKS) {
            if (lower.contains(leak)) {
                return "leaks '" + leak + "'";
            }
        }
        JsonNode body;
        try {
            body = JSON.readTree(text);
        } catch (RuntimeException e) {
            return "body is not JSON";
        }
        if (body == null || !body.isObject() || !body.has("status") || !body.has("code") || !body.has("message")
                || !body.has("detail")) {
            return "not the envelope";
        }
        if (body.get("status").asInt() != status) {
            return "envelope status " + body.get("status") + " differs from HTTP status";
        }
        String code = body.get("code").asString();
        if (!knownCodes.contains(code)) {
            return "unknown code " + code;
        }
        if (probe.expectedCode() != null && !probe.expectedCode().equals(code)) {
            return "expected code " + probe.expectedCode() + ", got " + code;
        }
        String message = body.get("message").asString();
        if (message.isBlank() || message.startsWith("error.")) {
            return "no message for " + code;
        }
        if (status == 401 && !reply.header("WWW-Authenticate").orElse("").startsWith("Bearer")) {
            return "401 without WWW-Authenticate: Bearer";
        }
        if (status == 429 && reply.header("Retry-After").isEmpty()) {
            return "429 without Retry-After";
        }
        return null;
    }

    /** The codes the message bundle documents: the only ones a client may ever see. */
    static Set<String> knownErrorCodes() {
        Properties bundle = new Properties();
        try (InputStream in = HostileInputPostgresTest.class.getResourceAsStream("/partvote-messages_en.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle.stringPropertyNames().stream().filter(k -> k.startsWith("error."))
                .map(k -> k.substring("error.".length())).collect(Collectors.toSet());
    }

    private Map<String, Long> databaseFigures() {
        Map<String, Long> figures = new LinkedHashMap<>();
        for (String table : new String[] {"member", "election", "choice", "ballot", "ballot_sheet", "auth_session",
                "refresh_token", "denied_token", "team"}) {
            figures.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
        }
        figures.put("choice_tally.votes", jdbc.queryForObject("SELECT COALESCE(SUM(votes), 0) FROM choice_tally", Long.class));
        figures.put("election_turnout.voters", jdbc.queryForObject("SELECT COALESCE(SUM(voters), 0) FROM election_turnout", Long.class));
        figures.put("sessions revoked", jdbc.queryForObject("SELECT count(*) FROM auth_session WHERE revoked_at IS NOT NULL", Long.class));
        figures.put("tokens rotated", jdbc.queryForObject("SELECT count(*) FROM refresh_token WHERE rotated_at IS NOT NULL", Long.class));
        return figures;
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
