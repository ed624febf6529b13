package com.partvote.application.auth;

import java.time.Duration;

/** Too many failed logins for this email or from this client; try again after {@code retryAfter}. */
public class TooManyAttemptsException extends AuthenticationException {

    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super("TOO_MANY_ATTEMPTS", "too many failed logins; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
