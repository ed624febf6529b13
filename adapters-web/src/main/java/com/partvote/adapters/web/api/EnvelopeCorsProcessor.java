package com.partvote.adapters.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/** Refuses a cross-origin request from an origin not in the list with a 403 in the envelope. */
public class EnvelopeCorsProcessor extends DefaultCorsProcessor {

    private final Messages messages;

    public EnvelopeCorsProcessor(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        String message = messages.error("CORS_ORIGIN_DENIED").replace("\\", "\\\\").replace("\"", "\\\"");
        response.getBody().write(("{\"status\":403,\"code\":\"CORS_ORIGIN_DENIED\",\"message\":\"" + message
                + "\",\"detail\":{}}").getBytes(StandardCharsets.UTF_8));
        response.flush();
    }
}
