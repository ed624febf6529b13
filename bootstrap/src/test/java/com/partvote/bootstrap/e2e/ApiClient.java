package com.partvote.bootstrap.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the running application: what a real consumer of the API sees. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "." + UNIQUE.incrementAndGet() + "@test.partvote.example";
    }

    public Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    public Response post(String path, String json, String... headers) {
        return send("POST", path, json, headers);
    }

    public Response delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    public Response send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        boolean hasContentType = false;
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
            hasContentType |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !hasContentType) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- flows used by many tests -------------------------------------------------------

    public record Member(long id, String email, String password) {
    }

    public record LoggedIn(Member member, String accessToken, String refreshToken) {
        public String[] bearer() {
            return new String[] {"Authorization", "Bearer " + accessToken};
        }
    }

    public Member signUp(String name, String email, String password, String part) {
        Response r = post("/api/users/signups/", "{\"name\":\"%s\",\"email\":\"%s\",\"password\":\"%s\",\"part\":\"%s\"}"
                .formatted(name, email, password, part));
        if (r.status() != 201) {
            throw new AssertionError("sign-up failed: " + r);
        }
        return new Member(r.detail().get("id").asLong(), email, password);
    }

    public Member signUp(String name, String email, String password, String part, String team) {
        Response r = post("/api/users/signups/", "{\"name\":\"%s\",\"email\":\"%s\",\"password\":\"%s\",\"part\":\"%s\",\"team\":\"%s\"}"
                .formatted(name, email, password, part, team));
        if (r.status() != 201) {
            throw new AssertionError("sign-up failed: " + r);
        }
        return new Member(r.detail().get("id").asLong(), email, password);
    }

    public Member newMember(String part, String team) {
        return signUp("테스터", uniqueEmail("member"), "password-123", part, team);
    }

    public Member newMember(String part) {
        return signUp("테스터", uniqueEmail("member"), "password-123", part);
    }

    public LoggedIn logIn(Member member) {
        Response r = post("/api/users/logins/", "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(member.email(), member.password()));
        if (r.status() != 200) {
            throw new AssertionError("login failed: " + r);
        }
        return new LoggedIn(member, r.detail().get("token").get("access_token").asString(),
                r.cookie("refresh_token").orElseThrow());
    }

    /** The address application-test.yml names in partvote.admin-emails: that account is an admin. */
    public static final String CONFIGURED_ADMIN = "chief.admin@test.partvote.example";

    /** Logs in the configured admin, signing them up first in a database that does not have them yet. */
    public LoggedIn configuredAdmin() {
        Response signUp = post("/api/users/signups/", "{\"name\":\"관리자\",\"email\":\"" + CONFIGURED_ADMIN
                + "\",\"password\":\"password-123\",\"part\":\"BE\"}");
        if (signUp.status() != 201 && !"EMAIL_TAKEN".equals(signUp.code())) {
            throw new AssertionError("the configured admin could not sign up: " + signUp);
        }
        return logIn(new Member(0, CONFIGURED_ADMIN, "password-123"));
    }

    /** The id of an election's choice by its name, as the public election route lists it. */
    public long choiceId(String election, String name) {
        for (JsonNode c : get("/api/elections/" + election + "/").detail().get("choices")) {
            if (c.get("name").asString().equals(name)) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no choice " + name + " in " + election);
    }

    public Response refresh(String refreshToken) {
        return post("/api/refreshes/", "{}", "Cookie", "refresh_token=" + refreshToken);
    }

    public Response vote(LoggedIn who, long candidateId) {
        return post("/api/votes/", "{\"candidate\":" + candidateId + "}", who.bearer());
    }

    public record Response(int status, HttpHeaders headers, String raw) {

        public JsonNode json() {
            try {
                return JSON.readTree(raw);
            } catch (RuntimeException e) {
                throw new AssertionError("not JSON: " + raw, e);
            }
        }

        public String code() {
            JsonNode code = json().get("code");
            return code == null ? null : code.asString();
        }

        public JsonNode detail() {
            return json().get("detail");
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public List<String> setCookies() {
            return new ArrayList<>(headers.allValues("Set-Cookie"));
        }

        /** The value of a cookie set by this response, if any. */
        public Optional<String> cookie(String name) {
            return setCookies().stream().filter(c -> c.startsWith(name + "="))
                    .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                    .findFirst();
        }

        @Override
        public String toString() {
            return status + " " + raw;
        }
    }
}
