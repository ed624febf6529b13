package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.contract.BallotLogPortsContract;
import com.partvote.application.port.out.contract.PersistencePorts;

class MemoryBallotLogPortsTest extends BallotLogPortsContract {

    @Override
    protected PersistencePorts freshStore() {
        return MemoryStores.fresh();
    }
}
