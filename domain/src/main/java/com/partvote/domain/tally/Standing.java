package com.partvote.domain.tally;

import com.partvote.domain.choice.Choice;
import java.util.Objects;

/** A choice's place in the results: its votes and its competition rank (1, 1, 3, ...). */
public record Standing(Choice choice, long votes, int rank) {
    public Standing {
        Objects.requireNonNull(choice, "choice");
        if (votes < 0) {
            throw new IllegalArgumentException("votes cannot be negative");
        }
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1");
        }
    }
}
