package com.partvote.adapters.web.page;

import com.partvote.adapters.web.api.ErrorCatalog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Cross-site request forgery, refused twice over: the page cookies are SameSite=Lax (another
 * site's form posts without them), and a page's form may only come from the app's own pages. A
 * browser says where a request comes from ({@code Sec-Fetch-Site}, else {@code Origin}); a
 * state-changing request from another site is a 403 CORS_ORIGIN_DENIED before any use case runs.
 * Tokens in every form would add nothing these two do not already give, and would cost a server
 * session.
 */
public class SameOriginGuard implements HandlerInterceptor {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (SAFE.contains(request.getMethod()) || sameOrigin(request)) {
            return true;
        }
        throw new CrossSiteRequestException();
    }

    static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return "same-origin".equals(site);
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true; // not a browser's cross-site request: those carry one or the other
        }
        String host = request.getHeader("Host");
        try {
            URI from = URI.create(origin);
            String authority = from.getPort() < 0 ? from.getHost() : from.getHost() + ":" + from.getPort();
            return host != null && host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Answered by the page error handler with the catalog's code. */
    static final class CrossSiteRequestException extends RuntimeException {
        CrossSiteRequestException() {
            super(ErrorCatalog.CORS_ORIGIN_DENIED.code(), null, false, false);
        }
    }
}
