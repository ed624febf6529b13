package com.partvote.adapters.web.api;

import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an error as the {@link Envelope}: for a handler (a response entity in the request's
 * language), or as bytes for the writers that run outside Spring MVC (the CORS processor, the
 * servlet container's error report).
 */
public class ErrorEnvelopes {

    private static final Map<String, Object> NO_DETAIL = Map.of();

    private final Messages messages;
    private final JsonMapper json;

    public ErrorEnvelopes(Messages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /**
     * Every error is JSON, whatever the request's Accept header says: a preset Content-Type
     * skips content negotiation, which would otherwise fail on {@code Accept: text/html} and
     * turn a 4xx into a 500.
     */
    public static ResponseEntity.BodyBuilder json(int status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
    }

    /** The error at its catalog status, with an empty detail. */
    public ResponseEntity<Envelope<Object>> reply(ErrorCatalog error) {
        return json(error.status()).body(envelope(error.status(), error, NO_DETAIL));
    }

    public Envelope<Object> envelope(int status, ErrorCatalog error, Object detail) {
        return Envelope.error(status, error, messages.error(error), detail);
    }

    public Envelope<Object> envelope(ErrorCatalog error, Object detail) {
        return envelope(error.status(), error, detail);
    }

    /** The JSON of the error with an empty detail, for a writer that knows the language but has no request context. */
    public String text(int status, ErrorCatalog error, Locale locale) {
        return json.writeValueAsString(Envelope.error(status, error, messages.error(error, locale), NO_DETAIL));
    }
}
