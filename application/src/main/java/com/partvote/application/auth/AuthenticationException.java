package com.partvote.application.auth;

import com.partvote.domain.CodedException;

/**
 * The caller's identity could not be established. Not a broken business rule (not a
 * {@link com.partvote.domain.DomainException}), but it carries a stable code all the same, which
 * the web adapter maps to its status and message as it maps a rule's.
 */
public abstract class AuthenticationException extends CodedException {

    protected AuthenticationException(String code, String message) {
        super(code, message);
    }
}
