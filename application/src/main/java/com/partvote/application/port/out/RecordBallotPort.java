package com.partvote.application.port.out;

import com.partvote.domain.ballot.Ballot;
import com.partvote.domain.ballot.DuplicateVoteException;
import com.partvote.domain.candidate.CandidateNotFoundException;

/** Keeps ballots and their counts, exact under any number of concurrent writers. */
public interface RecordBallotPort {

    /**
     * Stores the ballot and counts it, atomically.
     *
     * @throws DuplicateVoteException when the voter already holds a ballot for that candidate,
     *                                including one recorded concurrently
     * @throws CandidateNotFoundException when no candidate has the ballot's candidate id
     * @throws com.partvote.domain.ballot.SelfVoteException a store that knows which member each
     *                                candidate is may re-check the self-vote rule atomically
     * @throws com.partvote.application.auth.AuthenticationFailedException TOKEN_INVALID when the
     *                                voter is no member (a well-signed token naming nobody)
     */
    void recordBallot(Ballot ballot);
}
