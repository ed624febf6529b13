package com.partvote.adapters.web.api;

/** One rejected input field: which, why (a stable key) and the text for people. */
public record FieldError(String field, String reason, String message) {
}
