package com.partvote.domain.ballot;

import com.partvote.domain.DomainException;
import com.partvote.domain.election.rule.Rejection;

/** A ballot change that a rule refused, carried to the caller with the rule's {@link Rejection}. */
public class BallotRefusedException extends DomainException {

    private final transient Rejection rejection;

    public BallotRefusedException(Rejection rejection) {
        super(rejection.code(), rejection.reason());
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
