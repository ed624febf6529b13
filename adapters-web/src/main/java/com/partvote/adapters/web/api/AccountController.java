package com.partvote.adapters.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.partvote.adapters.web.security.Caller;
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
import com.partvote.domain.member.Password;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.WebUtils;

/** Sign-up, login, refresh, logout and the caller's own account. */
@RestController
public class AccountController {

    private final SignUpUseCase signUp;
    private final LogInUseCase logIn;
    private final RefreshSessionUseCase refresh;
    private final LogOutUseCase logOut;
    private final ViewMemberUseCase viewMember;
    private final Messages messages;

    public AccountController(SignUpUseCase signUp, LogInUseCase logIn, RefreshSessionUseCase refresh,
                             LogOutUseCase logOut, ViewMemberUseCase viewMember, Messages messages) {
        this.signUp = signUp;
        this.logIn = logIn;
        this.refresh = refresh;
        this.logOut = logOut;
        this.viewMember = viewMember;
        this.messages = messages;
    }

    public record SignUpRequest(String name, String email, String password, String part) {
        @Override
        public String toString() {
            return "SignUpRequest[name=" + name + ", email=" + email + ", password=****, part=" + part + "]";
        }
    }

    public record LogInRequest(String email, String password) {
        @Override
        public String toString() {
            return "LogInRequest[email=" + email + ", password=****]";
        }
    }

    public record TokenDetail(@JsonProperty("access_token") String accessToken,
                              @JsonProperty("token_type") String tokenType,
                              @JsonProperty("expires_in") long expiresIn) {
        /** Spring MVC logs the response object at TRACE: the token must not go with it. */
        @Override
        public String toString() {
            return "TokenDetail[accessToken=****, tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
        }
    }

    public record MemberDetail(long id, String name, String email, String part) {
        static MemberDetail of(Member m) {
            return new MemberDetail(m.id().value(), m.name().value(), m.email().value(), m.part().name());
        }
    }

    public record SessionDetail(String email, TokenDetail token, MemberDetail user) {
    }

    @PostMapping({"/api/users/signups/", "/api/users/signups"})
    public ResponseEntity<ApiResponse> signUp(@RequestBody(required = false) SignUpRequest sent,
                                              HttpServletRequest request) {
        SignUpRequest body = sent != null ? sent : new SignUpRequest(null, null, null, null);
        Fields fields = new Fields();
        MemberName name = fields.value("name", body.name(), () -> new MemberName(body.name()));
        Email email = fields.value("email", body.email(), () -> new Email(body.email()));
        Password password = fields.value("password", body.password(), () -> Password.chosen(body.password()));
        Part part = fields.value("part", body.part(), () -> Part.parse(body.part()));
        fields.check();
        Member member = signUp.signUp(new SignUpCommand(name, email, password, part, request.getRemoteAddr()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ApiResponse.ok(201, messages.get("ok.signup"), MemberDetail.of(member)));
    }

    @PostMapping({"/api/users/logins/", "/api/users/logins"})
    public ResponseEntity<ApiResponse> logIn(@RequestBody(required = false) LogInRequest sent, HttpServletRequest request) {
        LogInRequest body = sent != null ? sent : new LogInRequest(null, null);
        Fields fields = new Fields();
        fields.value("email", body.email(), body::email);
        fields.value("password", body.password(), body::password);
        fields.check();
        IssuedTokens tokens = logIn.logIn(new LogInCommand(body.email(), body.password(), request.getRemoteAddr()));
        return session(tokens, "ok.login");
    }

    @PostMapping({"/api/refreshes/", "/api/refreshes"})
    public ResponseEntity<ApiResponse> refresh(HttpServletRequest request) {
        // read here rather than bound as a String argument, which Spring MVC logs at TRACE
        Cookie cookie = WebUtils.getCookie(request, RefreshCookie.NAME);
        RefreshSessionUseCase.Outcome outcome = refresh.refresh(cookie == null ? null : cookie.getValue());
        if (outcome instanceof RefreshSessionUseCase.Refreshed refreshed) {
            return session(refreshed.tokens(), "ok.refresh");
        }
        // ReplayRevoked: the revocation is committed; now the caller learns why it is out
        throw new AuthenticationFailedException(Reason.REFRESH_REUSED);
    }

    @PostMapping({"/api/users/logouts/", "/api/users/logouts"})
    public ResponseEntity<ApiResponse> logOut(@Caller AccessClaims caller) {
        logOut.logOut(caller);
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, RefreshCookie.clear())
                .cacheControl(CacheControl.noStore())
                .body(ApiResponse.ok(200, messages.get("ok.logout"), Map.of()));
    }

    @GetMapping({"/api/users/me/", "/api/users/me"})
    public ResponseEntity<ApiResponse> me(@Caller AccessClaims caller) {
        Member member = viewMember.viewMember(caller.member());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(ApiResponse.ok(200, messages.get("ok.me"), MemberDetail.of(member)));
    }

    private ResponseEntity<ApiResponse> session(IssuedTokens tokens, String messageKey) {
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
                .body(ApiResponse.ok(200, messages.get(messageKey), detail));
    }

}
