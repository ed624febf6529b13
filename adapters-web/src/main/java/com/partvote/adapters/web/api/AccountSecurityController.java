package com.partvote.adapters.web.api;

import static com.partvote.adapters.web.api.ErrorCatalog.SESSION_NOT_FOUND;
import static com.partvote.adapters.web.api.ErrorCatalog.TOO_MANY_ATTEMPTS;
import static com.partvote.adapters.web.api.ErrorCatalog.VALIDATION_FAILED;
import static com.partvote.adapters.web.api.ErrorCatalog.WRONG_CURRENT_PASSWORD;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.partvote.adapters.web.security.Caller;
import com.partvote.adapters.web.security.SessionGate;
import com.partvote.application.auth.AccessClaims;
import com.partvote.application.port.in.ChangePasswordUseCase;
import com.partvote.application.port.in.ChangePasswordUseCase.ChangePasswordCommand;
import com.partvote.application.port.in.EndSessionUseCase;
import com.partvote.application.port.in.ListSessionsUseCase;
import com.partvote.application.port.in.ListSessionsUseCase.SessionView;
import com.partvote.application.port.in.LogOutEverywhereUseCase;
import com.partvote.domain.member.Password;
import com.partvote.domain.session.SessionId;
import com.partvote.domain.session.SessionNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The member's own password and sessions. Every route that ends sessions answers like a logout:
 * only once the requests of those sessions still running here have answered (see {@link SessionGate}).
 */
@RestController
@Tag(name = "accounts")
public class AccountSecurityController {

    private final ChangePasswordUseCase changePassword;
    private final ListSessionsUseCase listSessions;
    private final EndSessionUseCase endSession;
    private final LogOutEverywhereUseCase logOutEverywhere;
    private final SessionGate sessionGate;
    private final Messages messages;

    public AccountSecurityController(ChangePasswordUseCase changePassword, ListSessionsUseCase listSessions,
                                     EndSessionUseCase endSession, LogOutEverywhereUseCase logOutEverywhere,
                                     SessionGate sessionGate, Messages messages) {
        this.changePassword = changePassword;
        this.listSessions = listSessions;
        this.endSession = endSession;
        this.logOutEverywhere = logOutEverywhere;
        this.sessionGate = sessionGate;
        this.messages = messages;
    }

    public record ChangePasswordRequest(
            @JsonProperty("current_password") @Schema(requiredMode = REQUIRED, format = "password")
            String currentPassword,
            @JsonProperty("new_password") @Schema(requiredMode = REQUIRED, minLength = Password.MIN_LENGTH,
                    maxLength = Password.MAX_LENGTH, format = "password", description = Password.MIN_LENGTH + " to "
                    + Password.MAX_LENGTH + " characters (code points), as at sign-up.") String newPassword) {
        @Override
        public String toString() {
            return "ChangePasswordRequest[currentPassword=****, newPassword=****]";
        }
    }

    public record SessionItem(
            @Schema(format = "uuid") String id,
            @JsonProperty("created_at") @Schema(description = "The login.") Instant createdAt,
            @JsonProperty("last_used_at") @Schema(description = "The latest refresh, else the login.")
            Instant lastUsedAt,
            @JsonProperty("expires_at") @Schema(description = "Unless refreshed before.") Instant expiresAt,
            @Schema(description = "Whether this is the session of the token that asks.") boolean current) {
        static SessionItem of(SessionView s) {
            return new SessionItem(s.id().toString(), s.createdAt(), s.lastUsedAt(), s.expiresAt(), s.current());
        }
    }

    @Operation(summary = "Change my password", description = "Checks the current password and stores the new one "
            + "(the sign-up rules). Every other session of the member ends at once: their refresh tokens and access "
            + "tokens stop working. This session stays logged in. Wrong current passwords count like failed logins "
            + "(429 with Retry-After).")
    @RouteErrors({VALIDATION_FAILED, WRONG_CURRENT_PASSWORD, TOO_MANY_ATTEMPTS})
    @PostMapping({"/api/users/password/", "/api/users/password"})
    public ResponseEntity<Envelope<Map<String, Object>>> changePassword(
            @Caller AccessClaims caller, @RequestBody(required = false) ChangePasswordRequest sent,
            HttpServletRequest request) throws InterruptedException {
        ChangePasswordRequest body = sent != null ? sent : new ChangePasswordRequest(null, null);
        Fields fields = new Fields();
        Password current = fields.value("current_password", body.currentPassword(),
                () -> Password.attempt(body.currentPassword()));
        Password chosen = fields.value("new_password", body.newPassword(), () -> Password.chosen(body.newPassword()));
        fields.check();
        List<SessionId> ended = changePassword.changePassword(caller,
                new ChangePasswordCommand(current, chosen, request.getRemoteAddr()));
        awaitDrained(ended);
        return noStore(ResponseEntity.ok()).body(Envelope.ok(200, messages.get("ok.password"), Map.of()));
    }

    @Operation(summary = "My sessions", description = "The caller's sessions (one per login, i.e. device) that are "
            + "neither ended nor expired, newest first; the caller's own is marked current.")
    @RouteErrors
    @GetMapping({"/api/users/sessions/", "/api/users/sessions"})
    public ResponseEntity<Envelope<List<SessionItem>>> sessions(@Caller AccessClaims caller) {
        List<SessionItem> items = listSessions.listSessions(caller).stream().map(SessionItem::of).toList();
        return noStore(ResponseEntity.ok()).body(Envelope.ok(200, messages.get("ok.sessions"), items));
    }

    @Operation(summary = "End one of my sessions", description = "Logs that device out: its refresh token and access "
            + "tokens stop working. Ending the caller's own session is a logout (and clears the refresh_token cookie). "
            + "Another member's session is not found, like an unknown one.")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.SET_COOKIE,
            description = "Only when the session was the caller's own: " + RefreshCookie.CLEARED,
            schema = @Schema(type = "string")))
    @RouteErrors(SESSION_NOT_FOUND)
    @DeleteMapping({"/api/users/sessions/{id}/", "/api/users/sessions/{id}"})
    public ResponseEntity<Envelope<Map<String, Object>>> endSession(
            @PathVariable("id") @Parameter(description = "The session's id, from GET /api/users/sessions/.") String id,
            @Caller AccessClaims caller, HttpServletRequest request) throws InterruptedException {
        SessionId session = SessionId.tryParse(id).orElseThrow(SessionNotFoundException::new);
        endSession.endSession(caller, session);
        boolean own = session.equals(caller.session());
        if (own) {
            sessionGate.leave(request);
        }
        awaitDrained(List.of(session));
        ResponseEntity.BodyBuilder answer = noStore(ResponseEntity.ok());
        if (own) {
            answer.header(HttpHeaders.SET_COOKIE, RefreshCookie.clear());
        }
        return answer.body(Envelope.ok(200, messages.get("ok.session.ended"), Map.of()));
    }

    @Operation(summary = "Log out everywhere", description = "Ends every session of the caller, this one included: "
            + "all its refresh tokens and access tokens stop working, and the refresh_token cookie is cleared.")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.SET_COOKIE,
            description = RefreshCookie.CLEARED, schema = @Schema(type = "string")))
    @RouteErrors
    @PostMapping({"/api/users/logouts/all/", "/api/users/logouts/all"})
    public ResponseEntity<Envelope<Map<String, Object>>> logOutEverywhere(@Caller AccessClaims caller,
                                                                          HttpServletRequest request)
            throws InterruptedException {
        List<SessionId> ended = logOutEverywhere.logOutEverywhere(caller);
        sessionGate.leave(request);
        awaitDrained(ended);
        return noStore(ResponseEntity.ok())
                .header(HttpHeaders.SET_COOKIE, RefreshCookie.clear())
                .body(Envelope.ok(200, messages.get("ok.logout.all"), Map.of()));
    }

    /** Answers only once the ended sessions' requests still running here have answered. */
    private void awaitDrained(Collection<SessionId> ended) throws InterruptedException {
        for (SessionId session : ended) {
            sessionGate.awaitDrained(session);
        }
    }

    private static ResponseEntity.BodyBuilder noStore(ResponseEntity.BodyBuilder answer) {
        return answer.cacheControl(CacheControl.noStore());
    }
}
