package com.partvote.domain.ballot;

import com.partvote.domain.DomainException;
import com.partvote.domain.candidate.CandidateId;
import com.partvote.domain.member.MemberId;

/** The member has already voted for this candidate. */
public class DuplicateVoteException extends DomainException {
    public DuplicateVoteException(MemberId voter, CandidateId candidate) {
        super("DUPLICATE_VOTE", "member " + voter + " already voted for candidate " + candidate);
    }
}
