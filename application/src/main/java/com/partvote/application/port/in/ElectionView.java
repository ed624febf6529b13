package com.partvote.application.port.in;

import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionState;
import com.partvote.domain.election.rule.Rejection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An election as one caller sees it now: its state, its choices, and for a member whether they
 * may vote in it, what their sheet holds and which choices a rule keeps from them, with the
 * rule's refusal ({@code viewerEligible}, {@code viewerChoices} and {@code viewerRefusals} are
 * empty for an anonymous caller). The refusals are the ballot rules' own answers for each choice
 * alone, so a ballot page shows the reason the vote would be refused with, before anyone tries.
 */
public record ElectionView(Election election, ElectionState state, List<Choice> choices,
                           Optional<Boolean> viewerEligible, Optional<Set<ChoiceId>> viewerChoices,
                           Optional<Map<ChoiceId, Rejection>> viewerRefusals) {
    public ElectionView {
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(state, "state");
        choices = List.copyOf(choices);
        Objects.requireNonNull(viewerEligible, "viewerEligible");
        Objects.requireNonNull(viewerChoices, "viewerChoices");
        viewerRefusals = viewerRefusals.map(Map::copyOf);
    }

    public ElectionView(Election election, ElectionState state, List<Choice> choices,
                        Optional<Boolean> viewerEligible, Optional<Set<ChoiceId>> viewerChoices) {
        this(election, state, choices, viewerEligible, viewerChoices, Optional.empty());
    }
}
