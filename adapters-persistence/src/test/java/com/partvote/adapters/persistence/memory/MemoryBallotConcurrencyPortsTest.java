package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.contract.BallotConcurrencyContract;
import com.partvote.application.port.out.contract.PersistencePorts;

class MemoryBallotConcurrencyPortsTest extends BallotConcurrencyContract {

    @Override
    protected PersistencePorts freshStore() {
        return MemoryStores.fresh();
    }
}
