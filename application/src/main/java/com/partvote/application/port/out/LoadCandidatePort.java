package com.partvote.application.port.out;

import com.partvote.domain.candidate.Candidate;
import com.partvote.domain.candidate.CandidateId;
import java.util.Optional;

/** Finds one candidate, with its link to the member who is the candidate, if any. */
public interface LoadCandidatePort {

    Optional<Candidate> findCandidate(CandidateId id);
}
