package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.ApiClient.Member;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tokens forged every way we know, presented to every authenticated route: all get 401 with
 * {@code WWW-Authenticate: Bearer} and the envelope, and none votes, reads or logs anybody out.
 * The test profile has a fixed signing key, so that the test can also sign with the real key
 * (another algorithm over it, claims we never issue).
 */
@PostgresApiTest
class ForgedTokenPostgresTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${partvote.auth.jwt-secret}")
    String secret;

    ApiClient api;
    SecretKey realKey;
    SecretKey otherKey;
    LoggedIn victim;
    String sid;
    long candidate;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        realKey = Keys.hmacShaKeyFor(Base64.getDecoder().decode(secret));
        byte[] other = new byte[64];
        new SecureRandom().nextBytes(other);
        otherKey = Keys.hmacShaKeyFor(other);
        victim = api.logIn(api.newMember("FE"));
        sid = claims(victim.accessToken()).get("sid").asString();
        candidate = api.get("/api/candidates/?part=FE").detail().get(0).get("id").asLong();
    }

    /** The claims our server issues, for the victim's live session, from now for two hours. */
    private Map<String, Object> genuineClaims() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("token_type", "access");
        c.put("jti", UUID.randomUUID().toString());
        c.put("sub", Long.toString(victim.member().id()));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        c.put("iat", now.getEpochSecond());
        c.put("exp", now.plus(Duration.ofHours(2)).getEpochSecond());
        c.put("user_id", victim.member().id());
        c.put("sid", sid);
        c.put("user", Map.of("user_id", victim.member().id(), "name", "테스터", "part", "FE"));
        return c;
    }

    private String sign(Map<String, Object> claims, Consumer<JwtBuilder> signer) {
        JwtBuilder b = Jwts.builder().header().type("JWT").and().claims(claims);
        signer.accept(b);
        return b.compact();
    }

    private String hs256(Map<String, Object> claims) {
        return sign(claims, b -> b.signWith(realKey, Jwts.SIG.HS256));
    }

    private Map<String, Object> with(String claim, Object value) {
        Map<String, Object> c = genuineClaims();
        if (value == null) {
            c.remove(claim);
        } else {
            c.put(claim, value);
        }
        return c;
    }

    @Test
    void aTokenMintedExactlyLikeOursIsAcceptedSoTheRefusalsBelowAreAboutTheForgery() {
        Response me = api.get("/api/users/me/", "Authorization", "Bearer " + hs256(genuineClaims()));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.detail().get("id").asLong()).isEqualTo(victim.member().id());
    }

    @Test
    void forgedTokensAreRefusedOnEveryAuthenticatedRoute() throws Exception {
        KeyPair rsa = Jwts.SIG.RS256.keyPair().build();
        String[] genuine = hs256(genuineClaims()).split("\\.");
        Instant now = Instant.now();
        Map<String, String> forged = new LinkedHashMap<>();

        forged.put("alg none (unsigned)", Jwts.builder().header().type("JWT").and().claims(genuineClaims()).compact());
        forged.put("alg none, genuine signature kept", b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + genuine[1] + "." + genuine[2]);
        forged.put("alg NONE, no signature", b64("{\"alg\":\"NONE\"}") + "." + genuine[1] + ".");
        forged.put("HS384 with the real key", sign(genuineClaims(), b -> b.signWith(realKey, Jwts.SIG.HS384)));
        forged.put("HS512 with the real key", sign(genuineClaims(), b -> b.signWith(realKey, Jwts.SIG.HS512)));
        forged.put("HS256 with another key", sign(genuineClaims(), b -> b.signWith(otherKey, Jwts.SIG.HS256)));
        forged.put("HS384 with another key", sign(genuineClaims(), b -> b.signWith(otherKey, Jwts.SIG.HS384)));
        forged.put("HS512 with another key", sign(genuineClaims(), b -> b.signWith(otherKey, Jwts.SIG.HS512)));
        forged.put("RS256 with an attacker's RSA key", sign(genuineClaims(), b -> b.signWith(rsa.getPrivate(), Jwts.SIG.RS256)));
        forged.put("RS256 header, HMAC-SHA256 over it with the real key (algorithm confusion)",
                hmacSigned("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", genuine[1], "HmacSHA256", realKey));
        forged.put("ES256 header, garbage signature", b64("{\"alg\":\"ES256\"}") + "." + genuine[1] + "." + b64("sig"));
        forged.put("HS256 header, HS512 signature", hmacSigned("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", genuine[1], "HmacSHA512", realKey));
        Member other = api.newMember("BE");
        forged.put("tampered user_id (another member)", genuine[0] + "." + tamper(genuine[1], "user_id", other.id()) + "."
                + genuine[2]);
        forged.put("tampered exp (+1 year)", genuine[0] + "." + tamper(genuine[1], "exp",
                now.plus(Duration.ofDays(365)).getEpochSecond()) + "." + genuine[2]);
        forged.put("tampered token_type", genuine[0] + "." + tamper(genuine[1], "token_type", "admin") + "." + genuine[2]);
        forged.put("tampered sid", genuine[0] + "." + tamper(genuine[1], "sid", UUID.randomUUID().toString()) + "." + genuine[2]);
        forged.put("signature stripped", genuine[0] + "." + genuine[1] + ".");
        forged.put("signature of another token", genuine[0] + "." + genuine[1] + "."
                + hs256(genuineClaims()).split("\\.")[2]);
        forged.put("refresh-typed token, real key", hs256(with("token_type", "refresh")));
        forged.put("no token_type, real key", hs256(with("token_type", null)));
        forged.put("no sid, real key", hs256(with("sid", null)));
        forged.put("no jti, real key", hs256(with("jti", null)));
        forged.put("no user_id, real key", hs256(with("user_id", null)));
        forged.put("no iat, real key", hs256(with("iat", null)));
        forged.put("no exp, real key", hs256(with("exp", null)));
        forged.put("sid not a UUID, real key", hs256(with("sid", "1 OR 1=1")));
        forged.put("jti not a UUID, real key", hs256(with("jti", "../../etc/passwd")));
        forged.put("user_id a string, real key", hs256(with("user_id", "1")));
        forged.put("user_id negative, real key", hs256(with("user_id", -1)));
        forged.put("nbf one hour ahead, real key", hs256(with("nbf", now.plus(Duration.ofHours(1)).getEpochSecond())));
        Map<String, Object> future = genuineClaims();
        future.put("iat", now.plus(Duration.ofHours(1)).getEpochSecond());
        future.put("exp", now.plus(Duration.ofHours(3)).getEpochSecond());
        forged.put("iat one hour ahead, real key", hs256(future));
        forged.put("five parts (JWE shape)", genuine[0] + "." + genuine[1] + "." + genuine[2] + ".x.y");

        Map<String, String> expired = new LinkedHashMap<>();
        Map<String, Object> old = genuineClaims();
        old.put("iat", now.minus(Duration.ofHours(3)).getEpochSecond());
        old.put("exp", now.minus(Duration.ofHours(1)).getEpochSecond());
        expired.put("expired an hour ago, real key", hs256(old));

        LoggedIn loggedOut = api.logIn(api.newMember("BE"));
        assertThat(api.post("/api/users/logouts/", "{}", loggedOut.bearer()).status()).isEqualTo(200);
        Map<String, String> revoked = Map.of("logged out", loggedOut.accessToken());

        long ballotsBefore = count("SELECT count(*) FROM ballot");
        long revokedBefore = count("SELECT count(*) FROM auth_session WHERE revoked_at IS NOT NULL");

        Map<String, Integer> seen = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        check(forged, "TOKEN_INVALID", seen, wrong);
        check(expired, "TOKEN_EXPIRED", seen, wrong);
        check(revoked, "TOKEN_REVOKED", seen, wrong);
        System.out.println("forged tokens: " + (forged.size() + expired.size() + revoked.size()) + " tokens x 3 routes; answers "
                + seen);

        assertThat(wrong).isEmpty();
        assertThat(seen.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(3 * (forged.size() + expired.size() + revoked.size()));
        assertThat(count("SELECT count(*) FROM ballot")).as("no forged vote counted").isEqualTo(ballotsBefore);
        assertThat(count("SELECT count(*) FROM auth_session WHERE revoked_at IS NOT NULL"))
                .as("no forged logout ended a session").isEqualTo(revokedBefore);
        // the victim, whose session every forgery named, is still logged in and can still vote
        assertThat(api.get("/api/users/me/", victim.bearer()).status()).isEqualTo(200);
        assertThat(api.vote(victim, candidate).status()).isEqualTo(201);
    }

    /**
     * Signed with the real key but naming a member who does not exist (as if deleted): it must not
     * read or vote. (Logging out with it touches no member, only the session it names.)
     */
    @Test
    void aGenuinelySignedTokenForNobodyNeitherReadsNorVotes() {
        Map<String, Object> nobody = genuineClaims();
        nobody.put("user_id", 9_000_000_000L);
        nobody.put("sub", "9000000000");
        nobody.put("sid", UUID.randomUUID().toString());
        String[] auth = {"Authorization", "Bearer " + hs256(nobody)};
        long ballots = count("SELECT count(*) FROM ballot");
        for (Response r : List.of(api.get("/api/users/me/", auth),
                api.post("/api/votes/", "{\"candidate\":" + candidate + "}", auth))) {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.code()).isEqualTo("TOKEN_INVALID");
            assertThat(r.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }
        assertThat(count("SELECT count(*) FROM ballot")).isEqualTo(ballots);
    }

    private void check(Map<String, String> tokens, String code, Map<String, Integer> seen, List<String> wrong) {
        for (Map.Entry<String, String> t : tokens.entrySet()) {
            String[] auth = {"Authorization", "Bearer " + t.getValue()};
            List<Response> answers = List.of(api.get("/api/users/me/", auth),
                    api.post("/api/votes/", "{\"candidate\":" + candidate + "}", auth),
                    api.post("/api/users/logouts/", "{}", auth));
            String[] routes = {"GET /api/users/me/", "POST /api/votes/", "POST /api/users/logouts/"};
            for (int i = 0; i < answers.size(); i++) {
                Response r = answers.get(i);
                String label = t.getKey() + " on " + routes[i];
                if (r.status() != 401) {
                    wrong.add(label + ": status " + r);
                    continue;
                }
                if (!code.equals(r.code())) {
                    wrong.add(label + ": code " + r.code() + " instead of " + code);
                }
                if (!r.header("WWW-Authenticate").orElse("").startsWith("Bearer")) {
                    wrong.add(label + ": no WWW-Authenticate: Bearer");
                }
                if (!r.json().has("message") || !r.json().has("detail") || r.json().get("status").asInt() != 401) {
                    wrong.add(label + ": not the envelope");
                }
                seen.merge("401 " + r.code(), 1, Integer::sum);
            }
        }
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static String b64(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String tamper(String payload, String claim, Object value) {
        Map<String, Object> claims = JSON.readValue(Base64.getUrlDecoder().decode(payload), Map.class);
        claims.put(claim, value);
        return B64.encodeToString(JSON.writeValueAsBytes(claims));
    }

    private static String hmacSigned(String headerJson, String payload, String algorithm, SecretKey key) throws Exception {
        String signingInput = b64(headerJson) + "." + payload;
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(key.getEncoded(), algorithm));
        return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    private static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
