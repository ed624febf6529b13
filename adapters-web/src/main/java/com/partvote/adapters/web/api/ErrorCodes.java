package com.partvote.adapters.web.api;

import org.springframework.http.HttpStatus;

/** Stable codes for errors that the web layer itself detects, by HTTP status. */
final class ErrorCodes {

    private ErrorCodes() {
    }

    static String forStatus(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "TOKEN_MISSING";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 414 -> "URI_TOO_LONG";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 429 -> "TOO_MANY_REQUESTS";
            case 503 -> "SERVICE_UNAVAILABLE";
            default -> {
                HttpStatus s = HttpStatus.resolve(status);
                yield status >= 500 ? "INTERNAL_ERROR" : (s == null ? "BAD_REQUEST" : s.name());
            }
        };
    }
}
