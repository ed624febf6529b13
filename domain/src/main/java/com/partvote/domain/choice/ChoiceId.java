package com.partvote.domain.choice;

/** Identity of a candidate. */
public record ChoiceId(long value) {
    public ChoiceId {
        if (value <= 0) {
            throw new IllegalArgumentException("candidate id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
