package com.partvote.adapters.web.api;

import java.time.Duration;
import org.springframework.http.ResponseCookie;

/**
 * The refresh-token cookie: HttpOnly (no script reads it), Secure (HTTPS only; the app runs
 * behind a TLS proxy), SameSite=None (the old client is served from another origin) and scoped
 * to {@code /api}. Clearing it repeats every attribute with {@code Max-Age=0}, or browsers keep it.
 */
public final class RefreshCookie {

    public static final String NAME = "refresh_token";
    public static final String PATH = "/api";

    /** How the OpenAPI document describes the Set-Cookie header that clears it. */
    static final String CLEARED = NAME + "=; Max-Age=0; Path=" + PATH + "; Secure; HttpOnly; SameSite=None (clears it)";

    private RefreshCookie() {
    }

    public static String set(String token, Duration maxAge) {
        return base(token).maxAge(maxAge).build().toString();
    }

    public static String clear() {
        return base("").maxAge(0).build().toString();
    }

    private static ResponseCookie.ResponseCookieBuilder base(String value) {
        return ResponseCookie.from(NAME, value).httpOnly(true).secure(true).sameSite("None").path(PATH);
    }
}
