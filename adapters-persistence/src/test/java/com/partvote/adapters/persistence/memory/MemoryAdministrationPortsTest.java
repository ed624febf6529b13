package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.contract.AdministrationPortsContract;
import com.partvote.application.port.out.contract.PersistencePorts;

class MemoryAdministrationPortsTest extends AdministrationPortsContract {

    @Override
    protected PersistencePorts freshStore() {
        return MemoryStores.fresh();
    }
}
