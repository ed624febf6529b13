package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.contract.PersistencePorts;
import java.time.Clock;

/** The contract suite's factory for the in-memory adapter: a new, empty store per call. */
final class MemoryStores {

    private MemoryStores() {
    }

    static PersistencePorts fresh() {
        MemoryMemberAdapter members = new MemoryMemberAdapter();
        MemoryCandidateAdapter candidates = new MemoryCandidateAdapter(members, Clock.systemUTC());
        MemoryBallotAdapter ballots = new MemoryBallotAdapter(candidates);
        return new PersistencePorts(members, members, new MemorySessionAdapter(), new MemoryTokenDenyList(),
                candidates, candidates, ballots, ballots);
    }
}
