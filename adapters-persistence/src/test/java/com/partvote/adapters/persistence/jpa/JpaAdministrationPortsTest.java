package com.partvote.adapters.persistence.jpa;

import com.partvote.application.port.out.contract.AdministrationPortsContract;
import com.partvote.application.port.out.contract.PersistencePorts;
import org.springframework.beans.factory.annotation.Autowired;

@JpaContractTest
class JpaAdministrationPortsTest extends AdministrationPortsContract {

    @Autowired
    JpaStores stores;

    @Override
    protected PersistencePorts freshStore() {
        return stores.fresh();
    }
}
