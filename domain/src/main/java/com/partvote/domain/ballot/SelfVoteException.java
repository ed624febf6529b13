package com.partvote.domain.ballot;

import com.partvote.domain.DomainException;
import com.partvote.domain.candidate.CandidateId;
import com.partvote.domain.member.MemberId;

/** A member tried to vote for the candidate that is themselves. */
public class SelfVoteException extends DomainException {
    public SelfVoteException(MemberId voter, CandidateId candidate) {
        super("SELF_VOTE", "member " + voter + " is candidate " + candidate + " and may not vote for it");
    }
}
