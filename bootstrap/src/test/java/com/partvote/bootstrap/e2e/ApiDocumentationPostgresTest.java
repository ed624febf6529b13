package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document the running application serves: what it must say, and that it has not
 * drifted from the copy committed in {@code docs/openapi.json}. After a deliberate API change,
 * rewrite the copy with {@code -Dopenapi.update=true} (see {@link #HOW_TO_UPDATE}) and commit it.
 */
@PostgresApiTest
class ApiDocumentationPostgresTest {

    static final String HOW_TO_UPDATE = "./mvnw -B test -pl bootstrap -am -Dtest=ApiDocumentationPostgresTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.update=true";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private JsonNode served() {
        Response r = api.get("/v3/api-docs");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.json();
    }

    /** The file the build passes in (the repository's docs/openapi.json), or the same from the module directory. */
    static Path committedCopy() {
        return Path.of(System.getProperty("openapi.file", "../docs/openapi.json")).toAbsolutePath().normalize();
    }

    @Test
    void theServedDocumentMatchesTheCommittedCopy() throws IOException {
        JsonNode served = comparable(served());
        Path file = committedCopy();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, pretty(served), StandardCharsets.UTF_8);
            System.out.println("openapi: rewrote " + file);
            return;
        }
        assertThat(file).as("%s is missing; create it with:%n  %s", file, HOW_TO_UPDATE).exists();
        JsonNode committed = comparable(JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)));
        List<String> differences = new ArrayList<>();
        differences(committed, served, "", differences);
        assertThat(differences)
                .as("the served OpenAPI document (/v3/api-docs) differs from %s at the JSON pointers below "
                        + "(committed -> served). If the API change is deliberate, regenerate the copy and commit it:"
                        + "%n  %s%n", file, HOW_TO_UPDATE)
                .isEmpty();
    }

    @Test
    void everyRouteIsDocumentedOnceAndNothingElse() {
        JsonNode paths = served().get("paths");
        assertThat(paths.propertyNames()).containsExactlyInAnyOrder("/api/users/signups/", "/api/users/logins/",
                "/api/refreshes/", "/api/users/logouts/", "/api/users/me/", "/api/candidates/", "/api/results/",
                "/api/votes/", "/api/elections/", "/api/elections/{election}/", "/api/elections/{election}/results/",
                "/api/elections/{election}/results/stream/", "/api/elections/{election}/votes/",
                "/api/elections/{election}/ballot/", "/api/admin/elections/",
                "/api/admin/elections/{election}/", "/api/admin/elections/{election}/schedule/",
                "/api/admin/elections/{election}/open/", "/api/admin/elections/{election}/close/",
                "/api/admin/elections/{election}/publish/", "/api/admin/audit/", "/api/admin/members/",
                "/api/admin/members/{id}/role/", "/api/admin/members/{id}/disable/", "/api/admin/members/{id}/enable/",
                "/api/admin/elections/{election}/turnout/", "/api/admin/elections/{election}/results/",
                "/api/admin/elections/{election}/results.csv", "/api/admin/roll/", "/api/admin/roll/{email}/",
                "/api/users/password/", "/api/users/sessions/",
                "/api/users/sessions/{id}/", "/api/users/logouts/all/", "/api/log/key/", "/api/elections/{election}/log/",
                "/api/elections/{election}/log/head/", "/api/elections/{election}/log/heads/",
                "/api/elections/{election}/log/proof/", "/api/elections/{election}/log/consistency/",
                "/api/elections/{election}/ballot/receipt/");
        Set<String> operationIds = new TreeSet<>();
        for (JsonNode path : paths) {
            for (JsonNode operation : path) {
                operationIds.add(operation.get("operationId").asString());
                assertThat(operation.get("responses").has("503")).isTrue();
            }
        }
        assertThat(operationIds).containsExactlyInAnyOrder("signUp", "logIn", "refresh", "logOut", "me",
                "candidates", "results", "vote", "elections", "election", "standings", "liveStandings", "addChoice", "replaceSheet",
                "mySheet", "withdraw", "createElection", "editElection", "scheduleElection", "openElection", "closeElection",
                "publishElection", "auditTrail", "listMembers", "changeRole", "disableMember", "enableMember", "turnout", "resultsJson", "resultsCsv", "uploadRoll", "roll", "removeRollEntry", "changePassword", "sessions", "endSession",
                "logOutEverywhere", "key", "entries", "head", "heads", "proof", "consistency", "receipt");
    }

    @Test
    void theAuthenticatedCallerIsNoRequestParameter() {
        JsonNode paths = served().get("paths");
        for (String[] route : new String[][] {{"/api/users/me/", "get"}, {"/api/users/logouts/", "post"},
                {"/api/votes/", "post"}}) {
            // only the shared Accept-Language header: the caller comes from the bearer token
            assertThat(paths.get(route[0]).get(route[1]).get("parameters").toString()).as(route[0])
                    .isEqualTo("[{\"$ref\":\"#/components/parameters/AcceptLanguage\"}]");
        }
        assertThat(paths.toString()).doesNotContain("\"caller\"").doesNotContain("AccessClaims");
    }

    @Test
    void securitySchemesAreTheBearerTokenAndTheRefreshCookie() {
        JsonNode doc = served();
        JsonNode schemes = doc.get("components").get("securitySchemes");
        assertThat(schemes.get("bearerAuth").get("type").asString()).isEqualTo("http");
        assertThat(schemes.get("bearerAuth").get("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.get("bearerAuth").get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(schemes.get("refreshCookie").get("type").asString()).isEqualTo("apiKey");
        assertThat(schemes.get("refreshCookie").get("in").asString()).isEqualTo("cookie");
        assertThat(schemes.get("refreshCookie").get("name").asString()).isEqualTo("refresh_token");

        JsonNode paths = doc.get("paths");
        for (String[] route : new String[][] {{"/api/votes/", "post"}, {"/api/users/me/", "get"},
                {"/api/users/logouts/", "post"}}) {
            JsonNode operation = paths.get(route[0]).get(route[1]);
            assertThat(operation.get("security").toString()).as(route[0]).isEqualTo("[{\"bearerAuth\":[]}]");
            assertThat(codes(operation, "401")).as(route[0])
                    .containsExactly("TOKEN_MISSING", "TOKEN_INVALID", "TOKEN_EXPIRED", "TOKEN_REVOKED");
        }
        JsonNode refresh = paths.get("/api/refreshes/").get("post");
        assertThat(refresh.get("security").toString()).isEqualTo("[{\"refreshCookie\":[]}]");
        assertThat(codes(refresh, "401")).contains("REFRESH_MISSING", "REFRESH_REUSED");
        for (String[] open : new String[][] {{"/api/users/signups/", "post"}, {"/api/users/logins/", "post"},
                {"/api/candidates/", "get"}, {"/api/results/", "get"}}) {
            assertThat(paths.get(open[0]).get(open[1]).has("security")).as(open[0]).isFalse();
        }
    }

    @Test
    void eachRouteListsItsStableErrorCodesInsideTheEnvelope() {
        JsonNode vote = served().get("paths").get("/api/votes/").get("post");
        assertThat(vote.get("responses").propertyNames()).containsExactlyInAnyOrder("201", "400", "401", "403", "404",
                "409", "415", "503");
        assertThat(codes(vote, "400")).containsExactly("VALIDATION_FAILED", "DUPLICATE_VOTE", "SELF_VOTE",
                "TOO_MANY_CHOICES", "MALFORMED_JSON");
        assertThat(codes(vote, "403")).containsExactly("NOT_ELIGIBLE", "OWN_TEAM");
        assertThat(codes(vote, "409")).containsExactly("ELECTION_NOT_OPEN");
        assertThat(codes(vote, "404")).containsExactly("CANDIDATE_NOT_FOUND");
        assertThat(codes(vote, "503")).containsExactly("DATABASE_UNAVAILABLE");
        assertThat(vote.get("responses").get("201").get("content").get("application/json").get("schema").get("$ref")
                .asString()).isEqualTo("#/components/schemas/EnvelopeVoteDetail");
        JsonNode example = vote.get("responses").get("400").get("content").get("application/json").get("examples")
                .get("SELF_VOTE").get("value");
        assertThat(example.propertyNames()).containsExactlyInAnyOrder("status", "code", "message", "detail");

        JsonNode login = served().get("paths").get("/api/users/logins/").get("post");
        assertThat(codes(login, "429")).containsExactly("TOO_MANY_ATTEMPTS");
        assertThat(login.get("responses").get("429").get("headers").has("Retry-After")).isTrue();
        assertThat(login.get("responses").get("200").get("headers").get("Set-Cookie").get("description").asString())
                .contains("refresh_token=", "Secure", "HttpOnly", "SameSite=None", "Path=/api");
    }

    /** The body errors the document lists are the ones the routes give, and routes without a body list none. */
    @Test
    void documentedBodyErrorsAreWhatTheRoutesAnswer() {
        String[] bearer = api.logIn(api.newMember("FE")).bearer();
        JsonNode paths = served().get("paths");
        int checked = 0;
        for (String path : paths.propertyNames()) {
            JsonNode post = paths.get(path).get("post");
            if (post == null) {
                continue;
            }
            // (no token for routes without a body: one of them is the logout)
            String[] auth = post.has("requestBody") && post.has("security") ? bearer : new String[0];
            String concrete = path.replace("{election}", "fe-leader").replace("{id}", "1");
            Response wrongType = api.send("POST", concrete, "x", concat(auth, "Content-Type", "text/plain"));
            Response malformed = api.send("POST", concrete, "{", concat(auth, "Content-Type", "application/json"));
            if (post.has("requestBody") && !post.get("requestBody").get("content").has("application/json")) {
                // the roll takes CSV: anything else, JSON included, is the wrong media type
                assertThat(wrongType.status()).as(path).isEqualTo(415);
                assertThat(malformed.code()).as(path).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
            } else if (post.has("requestBody")) {
                assertThat(codes(post, "415")).as(path).containsExactly("UNSUPPORTED_MEDIA_TYPE");
                assertThat(wrongType.status()).as(path).isEqualTo(415);
                assertThat(wrongType.code()).as(path).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
                assertThat(codes(post, "400")).as(path).contains("MALFORMED_JSON");
                assertThat(malformed.status()).as(path).isEqualTo(400);
                assertThat(malformed.code()).as(path).isEqualTo("MALFORMED_JSON");
                checked++;
            } else {
                assertThat(post.get("responses").has("415")).as(path).isFalse();
                assertThat(wrongType.status()).as(path).isNotEqualTo(415);
            }
        }
        assertThat(checked).as("sign-up, login, vote, add a choice, create an election, change the password").isEqualTo(6);
    }

    private static String[] concat(String[] headers, String... more) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + more.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }

    @Test
    void theSwaggerUiIsServed() {
        Response redirect = api.get("/swagger-ui.html");
        assertThat(redirect.status()).isEqualTo(302);
        String location = redirect.header("Location").orElseThrow();
        assertThat(location).endsWith("/swagger-ui/index.html");
        Response page = api.get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("swagger-ui");
        Response config = api.get("/v3/api-docs/swagger-config");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.json().get("url").asString()).isEqualTo("/v3/api-docs");
    }

    private static List<String> codes(JsonNode operation, String status) {
        JsonNode schema = operation.get("responses").get(status).get("content").get("application/json").get("schema");
        List<String> codes = new ArrayList<>();
        for (JsonNode part : schema.get("allOf")) {
            JsonNode code = part.path("properties").path("code").path("enum");
            code.forEach(c -> codes.add(c.asString()));
        }
        return codes;
    }

    // ---- comparison -----------------------------------------------------------------------

    /** Without the server URL (it names this run's random port), object keys sorted. */
    static JsonNode comparable(JsonNode document) {
        JsonNode copy = sorted(document);
        if (copy instanceof ObjectNode o) {
            o.remove("servers");
        }
        return copy;
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            node.properties().forEach(e -> fields.put(e.getKey(), sorted(e.getValue())));
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            fields.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(sorted(item)));
            return out;
        }
        return node;
    }

    static String pretty(JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER));
        return JSON.writer().with(printer).writeValueAsString(node) + "\n";
    }

    /** JSON pointers where the two documents differ, with both values (at most a screenful). */
    static void differences(JsonNode expected, JsonNode actual, String at, List<String> out) {
        if (out.size() >= 40) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                String pointer = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name)) {
                    out.add(pointer + ": (absent) -> " + abbreviate(actual.get(name)));
                } else if (!actual.has(name)) {
                    out.add(pointer + ": " + abbreviate(expected.get(name)) + " -> (absent)");
                } else {
                    differences(expected.get(name), actual.get(name), pointer, out);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                differences(expected.get(i), actual.get(i), at + "/" + i, out);
            }
        } else if (!expected.equals(actual)) {
            out.add((at.isEmpty() ? "/" : at) + ": " + abbreviate(expected) + " -> " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
