package com.partvote.domain.tally;

import com.partvote.domain.candidate.Candidate;
import java.util.Objects;

/** A candidate's place in the results: its votes and its competition rank (1, 1, 3, ...). */
public record Standing(Candidate candidate, long votes, int rank) {
    public Standing {
        Objects.requireNonNull(candidate, "candidate");
        if (votes < 0) {
            throw new IllegalArgumentException("votes cannot be negative");
        }
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1");
        }
    }
}
