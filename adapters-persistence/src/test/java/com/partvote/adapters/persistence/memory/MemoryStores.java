package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.contract.PersistencePorts;
import java.time.Clock;

/** The contract suite's factory for the in-memory adapter: a new, empty store per call. */
final class MemoryStores {

    private MemoryStores() {
    }

    static PersistencePorts fresh() {
        MemoryMemberAdapter members = new MemoryMemberAdapter();
        MemoryElectionAdapter elections = new MemoryElectionAdapter(Clock.systemUTC());
        MemoryBallotLog log = new MemoryBallotLog(Clock.systemUTC());
        MemoryBallotAdapter ballots = new MemoryBallotAdapter(elections, members, Clock.systemUTC(), log);
        MemoryAdministration administration = new MemoryAdministration(members);
        return new PersistencePorts(members, members, members, new MemorySessionAdapter(administration), new MemoryTokenDenyList(),
                elections, elections, elections, elections, ballots, ballots, ballots, administration, administration,
                new MemoryVoterRoll(), log);
    }
}
