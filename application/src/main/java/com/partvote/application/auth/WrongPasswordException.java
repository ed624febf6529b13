package com.partvote.application.auth;


/** A logged-in member gave a wrong current password (to change it): not the login's INVALID_CREDENTIALS. */
public class WrongPasswordException extends AuthenticationException {
    public WrongPasswordException() {
        super("WRONG_CURRENT_PASSWORD", "the current password is wrong");
    }
}
