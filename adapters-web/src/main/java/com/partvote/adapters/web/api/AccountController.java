package com.partvote.adapters.web.api;

import static com.partvote.adapters.web.api.ErrorCatalog.EMAIL_TAKEN;
import static com.partvote.adapters.web.api.ErrorCatalog.INVALID_CREDENTIALS;
import static com.partvote.adapters.web.api.ErrorCatalog.REFRESH_EXPIRED;
import static com.partvote.adapters.web.api.ErrorCatalog.REFRESH_INVALID;
import static com.partvote.adapters.web.api.ErrorCatalog.REFRESH_MISSING;
import static com.partvote.adapters.web.api.ErrorCatalog.REFRESH_REUSED;
import static com.partvote.adapters.web.api.ErrorCatalog.REFRESH_REVOKED;
import static com.partvote.adapters.web.api.ErrorCatalog.TOO_MANY_ATTEMPTS;
import static com.partvote.adapters.web.api.ErrorCatalog.VALIDATION_FAILED;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.partvote.adapters.web.security.Caller;
import com.partvote.adapters.web.security.SessionGate;
import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.auth.AuthenticationFailedException.Reason;
import com.partvote.application.auth.IssuedTokens;
import com.partvote.application.port.in.LogInUseCase;
import com.partvote.application.port.in.LogInUseCase.LogInCommand;
import com.partvote.application.port.in.LogOutUseCase;
import com.partvote.application.port.in.RefreshSessionUseCase;
import com.partvote.application.port.in.SignUpUseCase;
import com.partvote.application.port.in.SignUpUseCase.SignUpCommand;
import com.partvote.application.port.in.ViewMemberUseCase;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberName;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Team;
import com.partvote.domain.member.Password;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.WebUtils;

/** Sign-up, login, refresh, logout and the caller's own account. */
@RestController
@Tag(name = "accounts")
public class AccountController {

    private final SignUpUseCase signUp;
    private final LogInUseCase logIn;
    private final RefreshSessionUseCase refresh;
    private final LogOutUseCase logOut;
    private final SessionGate sessionGate;
    private final ViewMemberUseCase viewMember;
    private static final String SETS_COOKIE = RefreshCookie.NAME + "=<new refresh token>; Max-Age=<seconds>; Path="
            + RefreshCookie.PATH + "; Secure; HttpOnly; SameSite=None";

    private final Messages messages;

    public AccountController(SignUpUseCase signUp, LogInUseCase logIn, RefreshSessionUseCase refresh,
                             LogOutUseCase logOut, ViewMemberUseCase viewMember, Messages messages,
                             SessionGate sessionGate) {
        this.signUp = signUp;
        this.logIn = logIn;
        this.refresh = refresh;
        this.logOut = logOut;
        this.sessionGate = sessionGate;
        this.viewMember = viewMember;
        this.messages = messages;
    }

    public record SignUpRequest(
            @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = MemberName.MAX_LENGTH,
                    description = "1 to " + MemberName.MAX_LENGTH + " characters (code points).") String name,
            @Schema(requiredMode = REQUIRED, maxLength = Email.MAX_LENGTH, format = "email",
                    description = "Unique; stored trimmed and lower-cased.") String email,
            @Schema(requiredMode = REQUIRED, minLength = Password.MIN_LENGTH, maxLength = Password.MAX_LENGTH,
                    format = "password", description = Password.MIN_LENGTH + " to " + Password.MAX_LENGTH
                    + " characters (code points).") String password,
            @Schema(requiredMode = REQUIRED, allowableValues = {"FE", "BE"}) String part,
            @Schema(nullable = true, description = "Optional: one of the club's teams (club file).") String team) {
        @Override
        public String toString() {
            return "SignUpRequest[name=" + name + ", email=" + email + ", password=****, part=" + part + ", team=" + team + "]";
        }
    }

    public record LogInRequest(@Schema(requiredMode = REQUIRED) String email,
                               @Schema(requiredMode = REQUIRED, format = "password") String password) {
        @Override
        public String toString() {
            return "LogInRequest[email=" + email + ", password=****]";
        }
    }

    public record TokenDetail(@JsonProperty("access_token") String accessToken,
                              @Schema(allowableValues = "Bearer") @JsonProperty("token_type") String tokenType,
                              @Schema(description = "Seconds until the access token expires.")
                              @JsonProperty("expires_in") long expiresIn) {
        /** Spring MVC logs the response object at TRACE: the token must not go with it. */
        @Override
        public String toString() {
            return "TokenDetail[accessToken=****, tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
        }
    }

    public record MemberDetail(long id, String name, String email, @Schema(allowableValues = {"FE", "BE"}) String part,
                               @Schema(nullable = true) String team) {
        static MemberDetail of(Member m) {
            return new MemberDetail(m.id().value(), m.name().value(), m.email().value(), m.part().name(),
                    m.teamIfAny().map(Team::name).orElse(null));
        }
    }

    public record SessionDetail(String email, TokenDetail token, MemberDetail user) {
    }

    @Operation(summary = "Sign up", description = "Registers a member. The email is trimmed and lower-cased; a "
            + "candidate declared with that email in the club file becomes this member (who then cannot vote "
            + "for it).")
    @RouteErrors({VALIDATION_FAILED, EMAIL_TAKEN})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping({"/api/users/signups/", "/api/users/signups"})
    public Envelope<MemberDetail> signUp(@RequestBody(required = false) SignUpRequest sent,
                                         HttpServletRequest request) {
        SignUpRequest body = sent != null ? sent : new SignUpRequest(null, null, null, null, null);
        Fields fields = new Fields();
        MemberName name = fields.value("name", body.name(), () -> new MemberName(body.name()));
        Email email = fields.value("email", body.email(), () -> new Email(body.email()));
        Password password = fields.value("password", body.password(), () -> Password.chosen(body.password()));
        Part part = fields.value("part", body.part(), () -> Part.parse(body.part()));
        Team team = body.team() == null ? null : fields.value("team", body.team(), () -> Team.orNone(body.team()));
        fields.check();
        Member member = signUp.signUp(new SignUpCommand(name, email, password, part, team, request.getRemoteAddr()));
        return Envelope.ok(201, messages.get("ok.signup"), MemberDetail.of(member));
    }

    @Operation(summary = "Log in", description = "Opens a session: returns a bearer access token in the body and "
            + "sets the refresh_token cookie. Unknown email and wrong password get the same answer. Repeated failures "
            + "for one email, or from one client address, are throttled (429 with Retry-After).")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.SET_COOKIE,
            description = SETS_COOKIE, schema = @Schema(type = "string")))
    @RouteErrors({VALIDATION_FAILED, INVALID_CREDENTIALS, TOO_MANY_ATTEMPTS})
    @PostMapping({"/api/users/logins/", "/api/users/logins"})
    public ResponseEntity<Envelope<SessionDetail>> logIn(@RequestBody(required = false) LogInRequest sent, HttpServletRequest request) {
        LogInRequest body = sent != null ? sent : new LogInRequest(null, null);
        Fields fields = new Fields();
        fields.value("email", body.email(), body::email);
        fields.value("password", body.password(), body::password);
        fields.check();
        IssuedTokens tokens = logIn.logIn(new LogInCommand(body.email(), body.password(), request.getRemoteAddr()));
        return session(tokens, "ok.login");
    }

    @Operation(summary = "Refresh the session", description = "Trades the refresh_token cookie for a new access "
            + "token and a new refresh token (rotation). Presenting an already used refresh token ends its session "
            + "(REFRESH_REUSED). The request body is ignored.")
    @SecurityRequirement(name = ApiDocumentation.REFRESH_COOKIE)
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.SET_COOKIE,
            description = SETS_COOKIE, schema = @Schema(type = "string")))
    @RouteErrors({REFRESH_MISSING, REFRESH_INVALID, REFRESH_EXPIRED, REFRESH_REVOKED, REFRESH_REUSED})
    @PostMapping({"/api/refreshes/", "/api/refreshes"})
    public ResponseEntity<Envelope<SessionDetail>> refresh(HttpServletRequest request) {
        // read here rather than bound as a String argument, which Spring MVC logs at TRACE
        Cookie cookie = WebUtils.getCookie(request, RefreshCookie.NAME);
        RefreshSessionUseCase.Outcome outcome = refresh.refresh(cookie == null ? null : cookie.getValue());
        if (outcome instanceof RefreshSessionUseCase.Refreshed refreshed) {
            return session(refreshed.tokens(), "ok.refresh");
        }
        // ReplayRevoked: the revocation is committed; now the caller learns why it is out
        throw new AuthenticationFailedException(Reason.REFRESH_REUSED);
    }

    @Operation(summary = "Log out", description = "Ends the caller's session: its refresh token stops working, the "
            + "presented access token and every other access token of the session are refused from now on, and the "
            + "refresh_token cookie is cleared. Other devices stay logged in.")
    @ApiResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.SET_COOKIE,
            description = RefreshCookie.CLEARED, schema = @Schema(type = "string")))
    @RouteErrors
    @PostMapping({"/api/users/logouts/", "/api/users/logouts"})
    public ResponseEntity<Envelope<Map<String, Object>>> logOut(@Caller AccessClaims caller, HttpServletRequest request)
            throws InterruptedException {
        logOut.logOut(caller);
        // answer only once the session's requests still running here have answered
        sessionGate.leave(request);
        sessionGate.awaitDrained(caller.session());
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, RefreshCookie.clear())
                .cacheControl(CacheControl.noStore())
                .body(Envelope.ok(200, messages.get("ok.logout"), Map.of()));
    }

    @Operation(summary = "The caller's account", description = "The member named by the access token.")
    @RouteErrors
    @GetMapping({"/api/users/me/", "/api/users/me"})
    public ResponseEntity<Envelope<MemberDetail>> me(@Caller AccessClaims caller) {
        Member member = viewMember.viewMember(caller.member());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(Envelope.ok(200, messages.get("ok.me"), MemberDetail.of(member)));
    }

    private ResponseEntity<Envelope<SessionDetail>> session(IssuedTokens tokens, String messageKey) {
        // Both lifetimes are counted from the moment the tokens were issued (not from now, a
        // moment later), so the client is told exactly the configured 7200 s and 1209600 s.
        long expiresIn = Duration.between(tokens.accessIssuedAt(), tokens.accessExpiresAt()).toSeconds();
        Duration cookieAge = Duration.ofSeconds(Duration.between(tokens.accessIssuedAt(), tokens.refreshExpiresAt()).toSeconds());
        SessionDetail detail = new SessionDetail(tokens.member().email().value(),
                new TokenDetail(tokens.accessToken(), "Bearer", expiresIn), MemberDetail.of(tokens.member()));
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, RefreshCookie.set(tokens.refreshToken(), cookieAge))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.PRAGMA, "no-cache")
                .body(Envelope.ok(200, messages.get(messageKey), detail));
    }

}
