package com.partvote.adapters.web.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of every response, success or error: {@code {status, message, detail}}, kept from the
 * old system so that its client works unchanged, plus a stable machine-readable {@code code} on
 * errors (absent on success).
 *
 * @param <T> the payload
 */
@JsonPropertyOrder({"status", "code", "message", "detail"})
public record Envelope<T>(
        @Schema(description = "The HTTP status, repeated.", requiredMode = REQUIRED) int status,
        @Schema(description = "Stable machine-readable code; errors only.")
        @JsonInclude(JsonInclude.Include.NON_NULL) String code,
        @Schema(description = "For people, in the request's language.", requiredMode = REQUIRED) String message,
        @Schema(requiredMode = REQUIRED) T detail) {

    public static <T> Envelope<T> ok(int status, String message, T detail) {
        return new Envelope<>(status, null, message, detail);
    }

    public static <T> Envelope<T> error(int status, ErrorCatalog error, String message, T detail) {
        return new Envelope<>(status, error.code(), message, detail);
    }
}
