package com.partvote.application.auth;

import com.partvote.domain.DomainException;

/** Unknown email or wrong password: deliberately the same error for both. */
public class InvalidCredentialsException extends DomainException {
    public InvalidCredentialsException() {
        super("INVALID_CREDENTIALS", "email or password is wrong");
    }
}
