package com.partvote.adapters.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers every answer carries, also errors and Swagger UI: no MIME sniffing, never framed
 * (clickjacking), no referrer sent off the site, no camera, microphone or location, a window of
 * its own. The content security policy allows the app's own files and nothing else: no inline
 * script or style, no other origin, forms that post only here; a name like
 * {@code <img src=x onerror=...>} that ever reached a page unescaped would still not run. Swagger
 * UI, which writes inline styles, keeps the framing rule alone. The nginx template sets the
 * framing and sniffing ones for nginx's own answers.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter implements Ordered {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String FRAMING_ONLY = "frame-ancestors 'none'";

    private static boolean isSwaggerUi(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/swagger-ui");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", isSwaggerUi(request) ? FRAMING_ONLY : POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
