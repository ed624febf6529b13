package com.partvote.application.auth;

/**
 * The caller could not be authenticated. The code says why, so that a client can tell an
 * expired token (refresh and retry) from a revoked one (log in again).
 */
public class AuthenticationFailedException extends AuthenticationException {

    public AuthenticationFailedException(Reason reason) {
        super(reason.name(), reason.description);
    }

    public enum Reason {
        TOKEN_MISSING("no bearer token"),
        TOKEN_INVALID("the token is malformed, forged or of the wrong type"),
        TOKEN_EXPIRED("the token has expired"),
        TOKEN_REVOKED("the token was revoked by logout"),
        REFRESH_MISSING("no refresh token cookie"),
        REFRESH_INVALID("the refresh token is unknown"),
        REFRESH_EXPIRED("the refresh token has expired"),
        REFRESH_REVOKED("the session of this refresh token was revoked"),
        REFRESH_REUSED("the refresh token was already used; its session is revoked");

        private final String description;

        Reason(String description) {
            this.description = description;
        }
    }
}
