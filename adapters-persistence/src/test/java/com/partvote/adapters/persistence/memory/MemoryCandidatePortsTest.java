package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.contract.CandidatePortsContract;
import com.partvote.application.port.out.contract.PersistencePorts;

class MemoryCandidatePortsTest extends CandidatePortsContract {

    @Override
    protected PersistencePorts freshStore() {
        return MemoryStores.fresh();
    }
}
