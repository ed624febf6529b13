package com.partvote.domain.election;

import com.partvote.domain.DomainException;

/** A lifecycle step that the election's current state does not allow (publishing while open...). */
public class IllegalTransitionException extends DomainException {

    private final ElectionState current;

    public IllegalTransitionException(ElectionState current, String step) {
        super("ILLEGAL_TRANSITION", "cannot " + step + " an election that is " + current);
        this.current = current;
    }

    public ElectionState current() {
        return current;
    }
}
