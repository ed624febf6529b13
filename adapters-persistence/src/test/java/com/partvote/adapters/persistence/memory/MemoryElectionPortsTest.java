package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.contract.ElectionPortsContract;
import com.partvote.application.port.out.contract.PersistencePorts;

class MemoryElectionPortsTest extends ElectionPortsContract {

    @Override
    protected PersistencePorts freshStore() {
        return MemoryStores.fresh();
    }
}
