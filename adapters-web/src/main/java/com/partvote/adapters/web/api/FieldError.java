package com.partvote.adapters.web.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** One rejected input field: which, why (a stable key) and the text for people. */
public record FieldError(String field,
                         @Schema(description = "Why, as a stable key: required, size, format or range.") String reason,
                         String message) {
}
