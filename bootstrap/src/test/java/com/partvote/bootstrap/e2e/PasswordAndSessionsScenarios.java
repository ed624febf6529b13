package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.ApiClient.Member;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A member's own password and sessions over real HTTP: changing the password, listing, ending one
 * session, logging out everywhere. One member on two devices (a phone that logged in first, then a
 * laptop). Concrete subclasses choose the persistence adapter.
 */
abstract class PasswordAndSessionsScenarios extends ApiScenarios {

    private static final String NEW_PASSWORD = "new-password-456";

    private record Devices(Member member, LoggedIn phone, LoggedIn laptop) {
    }

    private Devices twoDevices() {
        Member member = api.newMember("FE");
        return new Devices(member, api.logIn(member), api.logIn(member));
    }

    private static String sessionOf(LoggedIn device) {
        return AccountScenarios.claims(device.accessToken()).get("sid").asString();
    }

    private Response changePassword(LoggedIn device, String current, String chosen) {
        return api.post("/api/users/password/", "{\"current_password\":\"%s\",\"new_password\":\"%s\"}"
                .formatted(current, chosen), device.bearer());
    }

    private Response changePasswordOn(Devices d) {
        Response changed = changePassword(d.phone(), d.member().password(), NEW_PASSWORD);
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        return changed;
    }

    private Response me(LoggedIn device) {
        return api.get("/api/users/me/", device.bearer());
    }

    private Response logIn(Member member, String password) {
        return api.post("/api/users/logins/", "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(member.email(), password));
    }

    private Response endSession(LoggedIn device, String session) {
        return api.delete("/api/users/sessions/" + session + "/", device.bearer());
    }

    private Response logOutEverywhere(LoggedIn device) {
        Response out = api.post("/api/users/logouts/all/", "{}", device.bearer());
        assertThat(out.status()).as(out.raw()).isEqualTo(200);
        return out;
    }

    /** {@code id=current} of each listed session, in the order listed. */
    private List<String> listed(LoggedIn device) {
        Response r = api.get("/api/users/sessions/", device.bearer());
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        List<String> sessions = new ArrayList<>();
        r.detail().forEach(s -> sessions.add(s.get("id").asString() + "=" + s.get("current").asBoolean()));
        return sessions;
    }

    private JsonNode listedSession(LoggedIn device, String session) {
        for (JsonNode s : api.get("/api/users/sessions/", device.bearer()).detail()) {
            if (s.get("id").asString().equals(session)) {
                return s;
            }
        }
        throw new AssertionError("session " + session + " not listed");
    }

    // ---- changing the password -------------------------------------------------------------

    @Test
    void changingThePasswordAnswersOk() {
        Devices d = twoDevices();
        Response changed = changePassword(d.phone(), d.member().password(), NEW_PASSWORD);
        assertThat(changed.json().get("message").asString()).isEqualTo("비밀번호 변경 성공");
    }

    @Test
    void changingThePasswordRevokesTheOtherDevicesAccessTokenAtOnce() {
        Devices d = twoDevices();
        changePasswordOn(d);
        Response laptop = me(d.laptop());
        assertThat(laptop.status()).isEqualTo(401);
        assertThat(laptop.code()).isEqualTo("TOKEN_REVOKED");
    }

    @Test
    void changingThePasswordRefusesTheOtherDevicesRefreshCookie() {
        Devices d = twoDevices();
        changePasswordOn(d);
        assertThat(api.refresh(d.laptop().refreshToken()).code()).isEqualTo("REFRESH_REVOKED");
    }

    @Test
    void theDeviceThatChangedThePasswordStaysLoggedIn() {
        Devices d = twoDevices();
        changePasswordOn(d);
        assertThat(me(d.phone()).status()).isEqualTo(200);
    }

    @Test
    void theDeviceThatChangedThePasswordStillRefreshes() {
        Devices d = twoDevices();
        changePasswordOn(d);
        assertThat(api.refresh(d.phone().refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void theOldPasswordNoLongerLogsIn() {
        Devices d = twoDevices();
        changePasswordOn(d);
        assertThat(logIn(d.member(), d.member().password()).code()).isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    void theNewPasswordLogsIn() {
        Devices d = twoDevices();
        changePasswordOn(d);
        assertThat(logIn(d.member(), NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void afterAPasswordChangeOnlyTheCurrentSessionIsListed() {
        Devices d = twoDevices();
        changePasswordOn(d);
        assertThat(listed(d.phone())).containsExactly(sessionOf(d.phone()) + "=true");
    }

    @Test
    void aWrongCurrentPasswordIsRefusedWithItsOwnCode() {
        Devices d = twoDevices();
        Response wrong = changePassword(d.phone(), "not-the-password", NEW_PASSWORD);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.code()).isEqualTo("WRONG_CURRENT_PASSWORD");
    }

    @Test
    void aWrongCurrentPasswordEndsNoSession() {
        Devices d = twoDevices();
        changePassword(d.phone(), "not-the-password", NEW_PASSWORD);
        assertThat(me(d.laptop()).status()).isEqualTo(200);
    }

    @Test
    void aWrongCurrentPasswordKeepsThePassword() {
        Devices d = twoDevices();
        changePassword(d.phone(), "not-the-password", NEW_PASSWORD);
        assertThat(logIn(d.member(), d.member().password()).status()).isEqualTo(200);
    }

    @Test
    void aNewPasswordBreakingTheSignUpRulesIsAFieldError() {
        Devices d = twoDevices();
        Response bad = changePassword(d.phone(), d.member().password(), "short");
        assertThat(bad.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(bad.detail().findValuesAsString("field")).containsExactly("new_password");
    }

    // ---- listing and ending sessions -----------------------------------------------------------

    @Test
    void theSessionListShowsBothDevicesNewestFirstWithTheCallersAsCurrent() {
        Devices d = twoDevices();
        assertThat(listed(d.phone())).containsExactly(sessionOf(d.laptop()) + "=false", sessionOf(d.phone()) + "=true");
    }

    @Test
    void aRefreshIsTheSessionsLastUse() {
        Devices d = twoDevices();
        api.refresh(d.laptop().refreshToken());
        JsonNode laptop = listedSession(d.phone(), sessionOf(d.laptop()));
        assertThat(Instant.parse(laptop.get("last_used_at").asString()))
                .isAfter(Instant.parse(laptop.get("created_at").asString()));
    }

    @Test
    void endingTheOtherDevicesSessionRevokesItsAccessTokenAtOnce() {
        Devices d = twoDevices();
        assertThat(endSession(d.phone(), sessionOf(d.laptop())).status()).isEqualTo(200);
        assertThat(me(d.laptop()).code()).isEqualTo("TOKEN_REVOKED");
    }

    @Test
    void endingTheOtherDevicesSessionRefusesItsRefreshCookie() {
        Devices d = twoDevices();
        endSession(d.phone(), sessionOf(d.laptop()));
        assertThat(api.refresh(d.laptop().refreshToken()).code()).isEqualTo("REFRESH_REVOKED");
    }

    @Test
    void endingTheOtherDevicesSessionKeepsThisOne() {
        Devices d = twoDevices();
        endSession(d.phone(), sessionOf(d.laptop()));
        assertThat(listed(d.phone())).containsExactly(sessionOf(d.phone()) + "=true");
    }

    @Test
    void endingTheCurrentSessionIsALogout() {
        Devices d = twoDevices();
        endSession(d.phone(), sessionOf(d.phone()));
        assertThat(me(d.phone()).code()).isEqualTo("TOKEN_REVOKED");
    }

    @Test
    void endingAnotherMembersSessionIsNotFound() {
        Devices d = twoDevices();
        LoggedIn stranger = api.logIn(api.newMember("BE"));
        Response r = endSession(stranger, sessionOf(d.laptop()));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("SESSION_NOT_FOUND");
    }

    @Test
    void endingAnotherMembersSessionLeavesItWorking() {
        Devices d = twoDevices();
        LoggedIn stranger = api.logIn(api.newMember("BE"));
        endSession(stranger, sessionOf(d.laptop()));
        assertThat(me(d.laptop()).status()).isEqualTo(200);
    }

    @Test
    void unknownAndMalformedSessionIdsAreNotFoundAlike() {
        Devices d = twoDevices();
        assertThat(List.of(endSession(d.phone(), "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0").code(),
                endSession(d.phone(), "not-a-session").code(), endSession(d.phone(), "1-1-1-1-1").code()))
                .containsOnly("SESSION_NOT_FOUND");
    }

    // ---- logging out everywhere ----------------------------------------------------------------

    @Test
    void loggingOutEverywhereEndsTheOtherDevice() {
        Devices d = twoDevices();
        logOutEverywhere(d.phone());
        assertThat(me(d.laptop()).code()).isEqualTo("TOKEN_REVOKED");
    }

    @Test
    void loggingOutEverywhereEndsTheCurrentDeviceToo() {
        Devices d = twoDevices();
        logOutEverywhere(d.phone());
        assertThat(me(d.phone()).code()).isEqualTo("TOKEN_REVOKED");
    }

    @Test
    void loggingOutEverywhereRefusesEveryRefreshCookie() {
        Devices d = twoDevices();
        logOutEverywhere(d.phone());
        assertThat(List.of(api.refresh(d.phone().refreshToken()).code(), api.refresh(d.laptop().refreshToken()).code()))
                .containsOnly("REFRESH_REVOKED");
    }

    @Test
    void loggingOutEverywhereClearsTheRefreshCookie() {
        Devices d = twoDevices();
        assertThat(logOutEverywhere(d.phone()).setCookies()).singleElement().asString()
                .startsWith("refresh_token=;").contains("Max-Age=0", "HttpOnly", "Secure", "SameSite=None", "Path=/api");
    }
}
