package com.partvote.adapters.web.page;

import com.partvote.adapters.web.security.CallerArgumentResolver;
import com.partvote.adapters.web.security.SessionGate;
import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.port.in.AdministrationUseCases.ViewAccessUseCase;
import com.partvote.application.port.in.AuthenticateUseCase;
import com.partvote.application.port.in.RefreshSessionUseCase;
import com.partvote.domain.member.MemberAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Finds the page's {@link Viewer} from the page session's cookies, once per request. An access
 * token that expired (after two hours) is renewed from the refresh cookie, but only on a page
 * navigation: a page fires one navigation at a time, while its background requests (the results
 * stream, a form sent by script) could race each other to one refresh token, and a refresh token
 * presented twice ends its session by design. Anything the session no longer allows (revoked,
 * disabled, replayed) leaves a visitor and clears the cookies.
 */
public class PageSession implements HandlerInterceptor {

    static final String VIEWER = PageSession.class.getName() + ".viewer";

    private final AuthenticateUseCase authenticate;
    private final RefreshSessionUseCase refresh;
    private final ViewAccessUseCase access;
    private final SessionGate gate;
    private final Clock clock;

    public PageSession(AuthenticateUseCase authenticate, RefreshSessionUseCase refresh, ViewAccessUseCase access,
                       SessionGate gate, Clock clock) {
        this.authenticate = authenticate;
        this.refresh = refresh;
        this.access = access;
        this.gate = gate;
        this.clock = clock;
    }

    /** The viewer the interceptor found for this request, if any. */
    public static Optional<Viewer> viewer(HttpServletRequest request) {
        return Optional.ofNullable((Viewer) request.getAttribute(VIEWER));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        resolve(request, response).ifPresent(v -> {
            request.setAttribute(VIEWER, v);
            if ("GET".equals(request.getMethod())) {
                request.setAttribute(CallerArgumentResolver.PAGE_CLAIMS, v.claims());
            }
        });
        return true;
    }

    private Optional<Viewer> resolve(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> accessToken = PageCookies.read(request, PageCookies.ACCESS);
        Optional<String> refreshToken = PageCookies.read(request, PageCookies.REFRESH);
        if (accessToken.isEmpty() && refreshToken.isEmpty()) {
            return Optional.empty();
        }
        Optional<AccessClaims> claims = accessToken.flatMap(this::verified);
        if (claims.isEmpty() && refreshToken.isPresent() && isNavigation(request)) {
            claims = renewed(refreshToken.get(), response);
        }
        if (claims.isEmpty()) {
            if (isNavigation(request)) {
                PageCookies.clear(response);
            }
            return Optional.empty();
        }
        AccessClaims verified = claims.get();
        gate.enter(request, verified.session());
        try {
            authenticate.confirm(verified);
            MemberAccess member = access.access(verified.member());
            if (member.disabled()) {
                PageCookies.clear(response);
                return Optional.empty();
            }
            return Optional.of(new Viewer(verified, member.name().value(), member.isAdmin()));
        } catch (AuthenticationFailedException gone) {
            PageCookies.clear(response);
            return Optional.empty();
        }
    }

    private Optional<AccessClaims> verified(String token) {
        try {
            return Optional.of(authenticate.authenticate(token));
        } catch (AuthenticationFailedException refused) {
            return Optional.empty();
        }
    }

    private Optional<AccessClaims> renewed(String refreshToken, HttpServletResponse response) {
        try {
            if (refresh.refresh(refreshToken) instanceof RefreshSessionUseCase.Refreshed r) {
                PageCookies.issue(response, r.tokens(), clock.instant());
                return verified(r.tokens().accessToken());
            }
            return Optional.empty();
        } catch (AuthenticationFailedException refused) {
            return Optional.empty();
        }
    }

    /** A top-level GET of a page, as a browser marks it (or a plain GET from a client that does not). */
    private static boolean isNavigation(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String mode = request.getHeader("Sec-Fetch-Mode");
        return mode == null ? request.getHeader("HX-Request") == null : "navigate".equals(mode);
    }
}
