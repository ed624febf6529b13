package com.partvote.domain.tally;

import com.partvote.domain.candidate.Candidate;
import java.util.Objects;

/** An unranked count: how many ballots a candidate holds. */
public record CandidateVotes(Candidate candidate, long votes) {
    public CandidateVotes {
        Objects.requireNonNull(candidate, "candidate");
        if (votes < 0) {
            throw new IllegalArgumentException("votes cannot be negative");
        }
    }
}
