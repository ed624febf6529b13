package com.partvote.application.auth;

/** Unknown email or wrong password: deliberately the same error for both. */
public class InvalidCredentialsException extends AuthenticationException {
    public InvalidCredentialsException() {
        super("INVALID_CREDENTIALS", "email or password is wrong");
    }
}
