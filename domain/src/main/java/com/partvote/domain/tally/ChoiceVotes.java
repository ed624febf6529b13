package com.partvote.domain.tally;

import com.partvote.domain.choice.Choice;
import java.util.Objects;

/** An unranked count: how many ballot sheets hold a choice. */
public record ChoiceVotes(Choice choice, long votes) {
    public ChoiceVotes {
        Objects.requireNonNull(choice, "choice");
        if (votes < 0) {
            throw new IllegalArgumentException("votes cannot be negative");
        }
    }
}
