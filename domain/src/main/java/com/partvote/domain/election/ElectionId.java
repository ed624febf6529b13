package com.partvote.domain.election;

/** Identity of an election. */
public record ElectionId(long value) {
    public ElectionId {
        if (value <= 0) {
            throw new IllegalArgumentException("election id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
