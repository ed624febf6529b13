package com.partvote.domain.session;

import com.partvote.domain.DomainException;

/**
 * No live session of the caller's with that id: unknown, malformed, ended, expired, or another
 * member's (deliberately one answer, so that nobody learns of other members' sessions).
 */
public class SessionNotFoundException extends DomainException {
    public SessionNotFoundException() {
        super("SESSION_NOT_FOUND", "the caller has no live session with this id");
    }
}
