package com.partvote.application.auth;

import com.partvote.domain.DomainException;

/** A logged-in member gave a wrong current password (to change it): not the login's INVALID_CREDENTIALS. */
public class WrongPasswordException extends DomainException {
    public WrongPasswordException() {
        super("WRONG_CURRENT_PASSWORD", "the current password is wrong");
    }
}
