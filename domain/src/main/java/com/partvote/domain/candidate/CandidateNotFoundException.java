package com.partvote.domain.candidate;

import com.partvote.domain.DomainException;

/** No candidate has this id. */
public class CandidateNotFoundException extends DomainException {
    public CandidateNotFoundException(CandidateId id) {
        super("CANDIDATE_NOT_FOUND", "no candidate with id " + id);
    }
}
