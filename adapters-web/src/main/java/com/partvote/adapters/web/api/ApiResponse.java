package com.partvote.adapters.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The envelope of every response body, success or error: {@code {status, message, detail}},
 * plus a stable machine-readable {@code code} on errors. Kept from the old system so its
 * client works unchanged.
 */
@JsonPropertyOrder({"status", "code", "message", "detail"})
public record ApiResponse(int status, @JsonInclude(JsonInclude.Include.NON_NULL) String code, String message,
                          Object detail) {

    public static ApiResponse ok(int status, String message, Object detail) {
        return new ApiResponse(status, null, message, detail);
    }

    public static ApiResponse error(int status, String code, String message, Object detail) {
        return new ApiResponse(status, code, message, detail);
    }
}
