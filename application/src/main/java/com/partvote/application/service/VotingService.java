package com.partvote.application.service;

import com.partvote.application.port.in.CastVoteUseCase;
import com.partvote.application.port.out.LoadCandidatePort;
import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.domain.ballot.Ballot;
import com.partvote.domain.candidate.Candidate;
import com.partvote.domain.candidate.CandidateNotFoundException;
import java.time.Clock;

/** Casting votes. The duplicate rule is enforced by the store (atomically), not by a lookup here. */
public class VotingService implements CastVoteUseCase {

    private final LoadCandidatePort candidates;
    private final RecordBallotPort ballots;
    private final Clock clock;

    public VotingService(LoadCandidatePort candidates, RecordBallotPort ballots, Clock clock) {
        this.candidates = candidates;
        this.ballots = ballots;
        this.clock = clock;
    }

    @Override
    public Ballot castVote(CastVoteCommand command) {
        Candidate candidate = candidates.findCandidate(command.candidate())
                .orElseThrow(() -> new CandidateNotFoundException(command.candidate()));
        Ballot ballot = Ballot.cast(command.voter(), candidate, clock.instant());
        ballots.recordBallot(ballot);
        return ballot;
    }
}
