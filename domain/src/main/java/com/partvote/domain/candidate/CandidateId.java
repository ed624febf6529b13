package com.partvote.domain.candidate;

/** Identity of a candidate. */
public record CandidateId(long value) {
    public CandidateId {
        if (value <= 0) {
            throw new IllegalArgumentException("candidate id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
