package com.partvote.adapters.web.page;

import com.partvote.application.auth.IssuedTokens;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The web app's session: the access token and the refresh token of one login, each in its own
 * cookie, HttpOnly (no script reads them), Secure (browsers accept it on {@code localhost} and the
 * app runs behind TLS everywhere else) and SameSite=Lax, so that another site's form can never
 * post with them ({@link SameOriginGuard} checks the origin as well). The API's own
 * {@code refresh_token} cookie (SameSite=None, for the other origin's client) is a different
 * session: logging in on a page does not log the React client in, or out.
 */
final class PageCookies {

    static final String ACCESS = "pv_access";
    static final String REFRESH = "pv_refresh";

    private PageCookies() {
    }

    static void issue(HttpServletResponse response, IssuedTokens tokens, Instant now) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(ACCESS, tokens.accessToken(),
                Duration.between(now, tokens.accessExpiresAt())));
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(REFRESH, tokens.refreshToken(),
                Duration.between(now, tokens.refreshExpiresAt())));
    }

    static void clear(HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(ACCESS, "", Duration.ZERO));
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(REFRESH, "", Duration.ZERO));
    }

    static Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (name.equals(c.getName()) && c.getValue() != null && !c.getValue().isBlank()) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    private static String cookie(String name, String value, Duration maxAge) {
        return ResponseCookie.from(name, value).httpOnly(true).secure(true).sameSite("Lax").path("/")
                .maxAge(maxAge.isNegative() ? Duration.ZERO : maxAge).build().toString();
    }
}
