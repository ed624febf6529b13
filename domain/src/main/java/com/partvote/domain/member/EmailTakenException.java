package com.partvote.domain.member;

import com.partvote.domain.DomainException;

/** Another member already registered this (normalized) email address. */
public class EmailTakenException extends DomainException {
    public EmailTakenException() {
        super("EMAIL_TAKEN", "email is already registered");
    }
}
