package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.StandingsSignalPort;
import com.partvote.domain.election.ElectionId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The in-memory store spans one process, so there is one instance to tell: an announcement goes
 * to every listener at once, on the announcing thread, and is never lost.
 */
class MemoryStandingsSignal implements StandingsSignalPort {

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void announce(ElectionId election) {
        listeners.forEach(l -> l.changed(election));
    }

    @Override
    public void subscribe(Listener listener) {
        listeners.add(listener);
    }
}
