package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.ApiClient.Member;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Accounts and sessions over real HTTP. Concrete subclasses choose the persistence adapter. */
abstract class AccountScenarios extends ApiScenarios {

    @Test
    void signUpLogInMeRefreshReuseLogInAgainLogOut() {
        String email = ApiClient.uniqueEmail("flow");
        Response signUp = api.post("/api/users/signups/",
                "{\"name\":\" 김채림 \",\"email\":\"" + email.toUpperCase() + "\",\"password\":\"password-123\",\"part\":\"FE\"}");
        assertThat(signUp.status()).isEqualTo(201);
        assertThat(signUp.json().get("status").asInt()).isEqualTo(201);
        assertThat(signUp.json().get("message").asString()).isEqualTo("회원가입 성공");
        assertThat(signUp.detail().get("email").asString()).isEqualTo(email);
        assertThat(signUp.detail().get("name").asString()).isEqualTo("김채림");
        Member member = new Member(signUp.detail().get("id").asLong(), email, "password-123");

        Response login = api.post("/api/users/logins/", "{\"email\":\"" + email + "\",\"password\":\"password-123\"}");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.detail().get("email").asString()).isEqualTo(email);
        assertThat(login.detail().get("token").get("expires_in").asLong()).isEqualTo(7200);
        assertThat(login.header("Cache-Control")).contains("no-store");
        String cookie = login.setCookies().get(0);
        assertThat(cookie).startsWith("refresh_token=").contains("HttpOnly", "Secure", "SameSite=None", "Path=/api",
                "Max-Age=1209600");
        String access = login.detail().get("token").get("access_token").asString();
        JsonNode claims = claims(access);
        assertThat(claims.get("token_type").asString()).isEqualTo("access");
        assertThat(claims.get("user_id").asLong()).isEqualTo(member.id());
        assertThat(claims.get("user").get("part").asString()).isEqualTo("FE");
        assertThat(claims.get("user").get("name").asString()).isEqualTo("김채림");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(7200);
        assertThat(claims.has("jti")).isTrue();
        String refresh1 = login.cookie("refresh_token").orElseThrow();

        Response me = api.get("/api/users/me/", "Authorization", "Bearer " + access);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.detail().get("id").asLong()).isEqualTo(member.id());
        assertThat(me.detail().get("part").asString()).isEqualTo("FE");

        Response refreshed = api.refresh(refresh1);
        assertThat(refreshed.status()).isEqualTo(200);
        String refresh2 = refreshed.cookie("refresh_token").orElseThrow();
        assertThat(refresh2).isNotEqualTo(refresh1);
        String access2 = refreshed.detail().get("token").get("access_token").asString();
        assertThat(api.get("/api/users/me/", "Authorization", "Bearer " + access2).status()).isEqualTo(200);

        // the old refresh token again at once (a second tab, a retry): the same session goes on
        Response retry = api.refresh(refresh1);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(api.refresh(refresh2).status()).isEqualTo(200);
        assertThat(api.get("/api/users/me/", "Authorization", "Bearer " + access2).status()).isEqualTo(200);
        // (a late replay revokes the session: RefreshReusePostgresTest)

        LoggedIn again = api.logIn(member);
        Response logout = api.post("/api/users/logouts/", "{}", again.bearer());
        assertThat(logout.status()).isEqualTo(200);
        assertThat(logout.setCookies()).singleElement().asString()
                .startsWith("refresh_token=;").contains("Max-Age=0", "HttpOnly", "Secure", "SameSite=None", "Path=/api");

        // the logged-out access token is refused on every authenticated route
        Response meAfter = api.get("/api/users/me/", again.bearer());
        assertThat(meAfter.status()).isEqualTo(401);
        assertThat(meAfter.code()).isEqualTo("TOKEN_REVOKED");
        assertThat(meAfter.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(api.vote(again, 1).code()).isEqualTo("TOKEN_REVOKED");
        assertThat(api.post("/api/users/logouts/", "{}", again.bearer()).code()).isEqualTo("TOKEN_REVOKED");
        assertThat(api.refresh(again.refreshToken()).code()).isEqualTo("REFRESH_REVOKED");
    }

    @Test
    void twoDevicesHaveTwoSessionsAndLoggingOutOneKeepsTheOther() {
        Member member = api.newMember("BE");
        LoggedIn phone = api.logIn(member);
        LoggedIn laptop = api.logIn(member);
        assertThat(api.post("/api/users/logouts/", "{}", phone.bearer()).status()).isEqualTo(200);
        assertThat(api.get("/api/users/me/", laptop.bearer()).status()).isEqualTo(200);
        assertThat(api.refresh(laptop.refreshToken()).status()).isEqualTo(200);
        assertThat(api.refresh(phone.refreshToken()).code()).isEqualTo("REFRESH_REVOKED");
    }

    @Test
    void signUpRefusesBadFieldsAllAtOnceAndTakenEmails() {
        Response bad = api.post("/api/users/signups/", "{\"name\":\"\",\"email\":\"nope\",\"password\":\"short\",\"part\":\"QA\"}",
                "Accept-Language", "en");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(bad.json().get("message").asString()).isEqualTo("Some fields are invalid.");
        assertThat(bad.detail().findValuesAsString("field")).containsExactlyInAnyOrder("name", "email", "password", "part");

        String longName = "가".repeat(31);
        assertThat(api.post("/api/users/signups/", "{\"name\":\"" + longName + "\",\"email\":\"" + ApiClient.uniqueEmail("n")
                + "\",\"password\":\"password-123\",\"part\":\"FE\"}").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.post("/api/users/signups/", "{\"name\":\"김\",\"email\":\"" + ApiClient.uniqueEmail("p")
                + "\",\"password\":\"" + "p".repeat(65) + "\",\"part\":\"FE\"}").code()).isEqualTo("VALIDATION_FAILED");
        // 64 characters is fine: the old 15-character cap is gone
        Member longPassword = api.signUp("김", ApiClient.uniqueEmail("p64"), "비".repeat(64), "FE");
        assertThat(api.logIn(longPassword).accessToken()).isNotBlank();

        Member member = api.newMember("FE");
        Response taken = api.post("/api/users/signups/", "{\"name\":\"다른사람\",\"email\":\"" + member.email().toUpperCase()
                + "\",\"password\":\"password-123\",\"part\":\"BE\"}");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.code()).isEqualTo("EMAIL_TAKEN");
        assertThat(taken.json().get("message").asString()).isEqualTo("이미 사용 중인 이메일입니다.");
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
        Member member = api.newMember("FE");
        Response wrong = api.post("/api/users/logins/", "{\"email\":\"" + member.email() + "\",\"password\":\"wrong-password\"}");
        Response unknown = api.post("/api/users/logins/", "{\"email\":\"" + ApiClient.uniqueEmail("ghost")
                + "\",\"password\":\"wrong-password\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(wrong.raw()).isEqualTo(unknown.raw());
        assertThat(wrong.code()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(wrong.json().get("message").asString()).isEqualTo("아이디 또는 비밀번호가 틀렸습니다.");
    }

    @Test
    void refreshWithoutOrWithAnUnknownCookieIsRefused() {
        Response none = api.post("/api/refreshes/", "{}");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.code()).isEqualTo("REFRESH_MISSING");
        assertThat(api.refresh("not-a-token").code()).isEqualTo("REFRESH_INVALID");
    }

    @Test
    void authenticatedRoutesRefuseMissingMalformedAndForgedTokens() {
        Member member = api.newMember("FE");
        LoggedIn in = api.logIn(member);
        String[] parts = in.accessToken().split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"user_id\":" + member.id(), "\"user_id\":1").getBytes(StandardCharsets.UTF_8));
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(api.get("/api/users/me/").code()).isEqualTo("TOKEN_MISSING");
        for (String token : new String[] {"garbage", parts[0] + "." + forgedPayload + "." + parts[2],
                none + "." + parts[1] + ".", in.accessToken() + "x"}) {
            Response r = api.get("/api/users/me/", "Authorization", "Bearer " + token);
            assertThat(r.status()).as(token).isEqualTo(401);
            assertThat(r.code()).isEqualTo("TOKEN_INVALID");
            assertThat(r.header("WWW-Authenticate")).isPresent();
        }
        assertThat(api.get("/api/users/me/", "Authorization", "Basic dXNlcjpwYXNz").code()).isEqualTo("TOKEN_INVALID");
    }

    @Test
    void routesAnswerWithAndWithoutTheTrailingSlash() {
        LoggedIn in = api.logIn(api.newMember("FE"));
        assertThat(api.get("/api/users/me", in.bearer()).status()).isEqualTo(200);
        assertThat(api.get("/api/candidates?part=FE").status()).isEqualTo(200);
        assertThat(api.get("/api/results").status()).isEqualTo(200);
    }

    @Test
    void corsAllowsTheConfiguredOriginsOnly() {
        Response allowed = api.send("OPTIONS", "/api/users/logins/", null, "Origin", "http://localhost:3000",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).contains("http://localhost:3000");
        assertThat(allowed.header("Access-Control-Allow-Credentials")).contains("true");
        Response denied = api.send("OPTIONS", "/api/users/logins/", null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.code()).isEqualTo("CORS_ORIGIN_DENIED");
        assertThat(denied.json().get("message").asString()).as("Korean by default").isEqualTo("허용되지 않은 출처(Origin)의 요청입니다.");
        assertThat(denied.header("Access-Control-Allow-Origin")).isEmpty();
        Response english = api.send("OPTIONS", "/api/users/logins/", null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST", "Accept-Language", "en");
        assertThat(english.json().get("message").asString()).isEqualTo("Requests from this origin are not allowed.");
        Response put = api.send("OPTIONS", "/api/elections/fe-leader/ballot/", null, "Origin", "http://localhost:3000",
                "Access-Control-Request-Method", "PUT");
        assertThat(put.header("Access-Control-Allow-Methods").orElseThrow()).contains("PUT").contains("DELETE");
    }

    static JsonNode claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(payload);
    }
}
