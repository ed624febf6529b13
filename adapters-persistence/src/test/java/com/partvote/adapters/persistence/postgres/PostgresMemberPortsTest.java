package com.partvote.adapters.persistence.postgres;

import com.partvote.application.port.out.contract.MemberPortsContract;
import com.partvote.application.port.out.contract.PersistencePorts;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresContractTest
class PostgresMemberPortsTest extends MemberPortsContract {

    @Autowired
    PostgresStores stores;

    @Override
    protected PersistencePorts freshStore() {
        return stores.fresh();
    }
}
