package com.partvote.application.port.in;

import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.member.MemberId;
import java.util.Objects;
import java.util.Optional;

/**
 * A member adds one choice to their ballot sheet: while the election is open, once per choice,
 * within its rules. Without an election, the choice's own election is meant (the seed's route).
 */
public interface CastVoteUseCase {

    BallotSheet castVote(CastVoteCommand command);

    record CastVoteCommand(MemberId voter, Optional<ElectionRef> election, ChoiceId choice) {
        public CastVoteCommand {
            Objects.requireNonNull(voter, "voter");
            Objects.requireNonNull(election, "election");
            Objects.requireNonNull(choice, "choice");
        }

        public static CastVoteCommand forChoice(MemberId voter, ChoiceId choice) {
            return new CastVoteCommand(voter, Optional.empty(), choice);
        }

        public static CastVoteCommand in(ElectionRef election, MemberId voter, ChoiceId choice) {
            return new CastVoteCommand(voter, Optional.of(election), choice);
        }
    }
}
