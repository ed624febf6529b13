package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.contract.MemberPortsContract;
import com.partvote.application.port.out.contract.PersistencePorts;

class MemoryMemberPortsTest extends MemberPortsContract {

    @Override
    protected PersistencePorts freshStore() {
        return MemoryStores.fresh();
    }
}
