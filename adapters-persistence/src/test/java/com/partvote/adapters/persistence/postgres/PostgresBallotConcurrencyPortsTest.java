package com.partvote.adapters.persistence.postgres;

import com.partvote.application.port.out.contract.BallotConcurrencyContract;
import com.partvote.application.port.out.contract.PersistencePorts;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresContractTest
class PostgresBallotConcurrencyPortsTest extends BallotConcurrencyContract {

    @Autowired
    PostgresStores stores;

    @Override
    protected PersistencePorts freshStore() {
        return stores.fresh();
    }
}
