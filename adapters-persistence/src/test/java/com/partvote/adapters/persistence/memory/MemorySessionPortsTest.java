package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.contract.SessionPortsContract;
import com.partvote.application.port.out.contract.PersistencePorts;

class MemorySessionPortsTest extends SessionPortsContract {

    @Override
    protected PersistencePorts freshStore() {
        return MemoryStores.fresh();
    }
}
