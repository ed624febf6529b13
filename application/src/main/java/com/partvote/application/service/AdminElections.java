package com.partvote.application.service;

import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionNotFoundException;

/** An election as an admin names it (drafts included), locked for a decision on its latest state. */
public final class AdminElections {

    private final LoadElectionPort elections;
    private final SaveElectionPort store;

    public AdminElections(LoadElectionPort elections, SaveElectionPort store) {
        this.elections = elections;
        this.store = store;
    }

    public Election find(ElectionRef ref) {
        return (ref instanceof ElectionRef.ById byId ? elections.findElection(byId.id())
                : elections.findElectionBySlug(((ElectionRef.BySlug) ref).slug()))
                .orElseThrow(() -> new ElectionNotFoundException(ref.toString()));
    }

    /** The latest row, locked until the transaction ends. */
    public Election locked(ElectionRef ref) {
        Election named = find(ref);
        return store.lockElection(named.id()).orElseThrow(() -> new ElectionNotFoundException(named.id().toString()));
    }
}
