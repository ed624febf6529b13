package com.partvote.application.port.in;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.member.MemberId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A member replaces their whole sheet while the election is open; an empty list withdraws it. */
public interface ReplaceBallotUseCase {

    BallotSheet replaceBallot(ReplaceBallotCommand command);

    /** The same choice twice in one list is a malformed request, not a duplicate vote. */
    record ReplaceBallotCommand(ElectionRef election, MemberId voter, Set<ChoiceId> choices) {
        public ReplaceBallotCommand {
            Objects.requireNonNull(election, "election");
            Objects.requireNonNull(voter, "voter");
            choices = Set.copyOf(choices);
        }

        public static ReplaceBallotCommand of(ElectionRef election, MemberId voter, List<ChoiceId> listed) {
            Set<ChoiceId> distinct = new LinkedHashSet<>(listed);
            if (distinct.size() != listed.size()) {
                throw new InvalidValueException("choices", "duplicate", "a choice is listed more than once");
            }
            return new ReplaceBallotCommand(election, voter, distinct);
        }
    }
}
