package com.partvote.adapters.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/** Refuses a cross-origin request from an origin not in the list with a 403 in the envelope. */
public class EnvelopeCorsProcessor extends DefaultCorsProcessor {

    private final ErrorEnvelopes errors;

    public EnvelopeCorsProcessor(ErrorEnvelopes errors) {
        this.errors = errors;
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        ErrorCatalog error = ErrorCatalog.CORS_ORIGIN_DENIED;
        response.setStatusCode(HttpStatus.valueOf(error.status()));
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        response.getBody().write(errors.text(error.status(), error, LocaleContextHolder.getLocale())
                .getBytes(StandardCharsets.UTF_8));
        response.flush();
    }
}
