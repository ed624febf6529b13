package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.StandingsSignalPort;
import com.partvote.application.port.out.contract.StandingsSignalContract;

/** In memory the store is the process: every "instance" is the one signal of that process. */
class MemoryStandingsSignalTest extends StandingsSignalContract {

    private final MemoryStandingsSignal process = new MemoryStandingsSignal();

    @Override
    protected StandingsSignalPort connect() {
        return process;
    }
}
