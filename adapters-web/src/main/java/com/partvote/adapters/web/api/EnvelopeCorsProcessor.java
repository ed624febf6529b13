package com.partvote.adapters.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses a cross-origin request from an origin not in the list with a 403 in the envelope, in
 * the request's language (Korean unless it asks for English): a filter runs before Spring MVC has
 * set the locale, so the processor resolves it itself, as the rest of the API does.
 */
public class EnvelopeCorsProcessor extends DefaultCorsProcessor {

    private static final ThreadLocal<Locale> LOCALE = new ThreadLocal<>();

    private final ErrorEnvelopes errors;
    private final LocaleResolver locales;

    public EnvelopeCorsProcessor(ErrorEnvelopes errors, LocaleResolver locales) {
        this.errors = errors;
        this.locales = locales;
    }

    @Override
    public boolean processRequest(CorsConfiguration config, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        LOCALE.set(locales.resolveLocale(request));
        try {
            return super.processRequest(config, request, response);
        } finally {
            LOCALE.remove();
        }
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        ErrorCatalog error = ErrorCatalog.CORS_ORIGIN_DENIED;
        response.setStatusCode(HttpStatus.valueOf(error.status()));
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        Locale locale = LOCALE.get() == null ? Locale.KOREAN : LOCALE.get();
        response.getBody().write(errors.text(error.status(), error, locale).getBytes(StandardCharsets.UTF_8));
        response.flush();
    }
}
