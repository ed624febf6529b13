package com.partvote.bootstrap.e2e;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the end-to-end scenarios: a client for the application on its random port. */
abstract class ApiScenarios {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }
}
