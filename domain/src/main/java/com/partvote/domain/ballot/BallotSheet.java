package com.partvote.domain.ballot;

import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.rule.Rejection;
import com.partvote.domain.member.MemberId;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One voter's ballot in one election: the set of choices they hold now. A choice is on a sheet
 * at most once ("once per choice"); the last sheet counts, and a withdrawn sheet counts for nothing.
 */
public record BallotSheet(ElectionId election, MemberId voter, Set<ChoiceId> choices, Instant updatedAt) {

    public static final String ONCE_PER_CHOICE = "ONCE_PER_CHOICE";
    public static final String DUPLICATE = "DUPLICATE_VOTE";

    public BallotSheet {
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(updatedAt, "updatedAt");
        choices = Set.copyOf(choices);
    }

    public static BallotSheet empty(ElectionId election, MemberId voter, Instant at) {
        return new BallotSheet(election, voter, Set.of(), at);
    }

    public boolean isEmpty() {
        return choices.isEmpty();
    }

    public int size() {
        return choices.size();
    }

    public boolean holds(ChoiceId choice) {
        return choices.contains(choice);
    }

    /** This sheet with one more choice; a choice already on it is a {@code DUPLICATE_VOTE}. */
    public BallotSheet with(ChoiceId choice, Instant at) {
        if (choices.contains(choice)) {
            throw new BallotRefusedException(duplicate(voter, choice));
        }
        Set<ChoiceId> more = new LinkedHashSet<>(choices);
        more.add(choice);
        return new BallotSheet(election, voter, more, at);
    }

    /** A whole new sheet in place of this one. */
    public BallotSheet replacedBy(Collection<ChoiceId> newChoices, Instant at) {
        return new BallotSheet(election, voter, Set.copyOf(newChoices), at);
    }

    /** The refusal of a choice the voter already holds. */
    public static Rejection duplicate(MemberId voter, ChoiceId choice) {
        return new Rejection(DUPLICATE, ONCE_PER_CHOICE, "member " + voter + " already holds choice " + choice);
    }
}
