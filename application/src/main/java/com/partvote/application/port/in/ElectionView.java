package com.partvote.application.port.in;

import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An election as one caller sees it now: its state, its choices, and for a member whether they
 * may vote in it and what their sheet holds ({@code viewerEligible} and {@code viewerChoices} are
 * empty for an anonymous caller).
 */
public record ElectionView(Election election, ElectionState state, List<Choice> choices,
                           Optional<Boolean> viewerEligible, Optional<Set<ChoiceId>> viewerChoices) {
    public ElectionView {
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(state, "state");
        choices = List.copyOf(choices);
        Objects.requireNonNull(viewerEligible, "viewerEligible");
        Objects.requireNonNull(viewerChoices, "viewerChoices");
    }
}
