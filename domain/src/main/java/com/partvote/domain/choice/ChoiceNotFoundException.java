package com.partvote.domain.choice;

import com.partvote.domain.DomainException;

/** No choice has this id in the election asked about. */
public class ChoiceNotFoundException extends DomainException {

    private final ChoiceId id;

    public ChoiceNotFoundException(ChoiceId id) {
        super("CHOICE_NOT_FOUND", "no choice with id " + id);
        this.id = id;
    }

    public ChoiceId id() {
        return id;
    }
}
