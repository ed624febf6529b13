package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.contract.BallotPortsContract;
import com.partvote.application.port.out.contract.PersistencePorts;

class MemoryBallotPortsTest extends BallotPortsContract {

    @Override
    protected PersistencePorts freshStore() {
        return MemoryStores.fresh();
    }
}
