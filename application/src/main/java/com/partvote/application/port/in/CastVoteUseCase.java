package com.partvote.application.port.in;

import com.partvote.domain.ballot.Ballot;
import com.partvote.domain.candidate.CandidateId;
import com.partvote.domain.member.MemberId;
import java.util.Objects;

/** A member votes for a candidate: at most once per candidate, never for themselves. */
public interface CastVoteUseCase {

    Ballot castVote(CastVoteCommand command);

    record CastVoteCommand(MemberId voter, CandidateId candidate) {
        public CastVoteCommand {
            Objects.requireNonNull(voter, "voter");
            Objects.requireNonNull(candidate, "candidate");
        }
    }
}
