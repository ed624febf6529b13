package com.partvote.domain.ballot;

import com.partvote.domain.candidate.CandidateId;
import com.partvote.domain.member.MemberId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ballots cast so far and the rule "at most once per candidate". Not thread-safe: a store
 * that keeps ballots in memory guards it; a database store backs the same rule with a unique
 * constraint instead.
 */
public final class BallotBox {

    private final Set<Ballot.Key> keys = new HashSet<>();
    private final Map<CandidateId, Long> counts = new HashMap<>();
    private final Set<MemberId> voters = new HashSet<>();

    /** Records the ballot, or throws {@link DuplicateVoteException} if its key is already here. */
    public void record(Ballot ballot) {
        if (!keys.add(ballot.key())) {
            throw new DuplicateVoteException(ballot.voter(), ballot.candidate());
        }
        counts.merge(ballot.candidate(), 1L, Long::sum);
        voters.add(ballot.voter());
    }

    public boolean contains(MemberId voter, CandidateId candidate) {
        return keys.contains(new Ballot.Key(voter, candidate));
    }

    public long votesFor(CandidateId candidate) {
        return counts.getOrDefault(candidate, 0L);
    }

    public long ballotCount() {
        return keys.size();
    }

    public long voterCount() {
        return voters.size();
    }
}
