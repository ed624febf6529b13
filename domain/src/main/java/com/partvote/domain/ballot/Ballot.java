package com.partvote.domain.ballot;

import com.partvote.domain.candidate.Candidate;
import com.partvote.domain.candidate.CandidateId;
import com.partvote.domain.member.MemberId;
import java.time.Instant;
import java.util.Objects;

/** One member's vote for one candidate. A member holds at most one ballot per candidate. */
public record Ballot(MemberId voter, CandidateId candidate, Instant castAt) {

    public Ballot {
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(castAt, "castAt");
    }

    /** Casts a ballot, applying the candidate's rule that nobody votes for themselves. */
    public static Ballot cast(MemberId voter, Candidate candidate, Instant now) {
        candidate.admitVoter(voter);
        return new Ballot(voter, candidate.id(), now);
    }

    /** The key the "once per candidate" rule is about. */
    public Key key() {
        return new Key(voter, candidate);
    }

    public record Key(MemberId voter, CandidateId candidate) {
    }
}
