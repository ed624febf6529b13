package com.partvote.bootstrap.e2e;

import com.partvote.application.port.in.SetUpClubUseCase;
import com.partvote.application.port.in.SetUpClubUseCase.ClubSetup;
import com.partvote.bootstrap.ClubFileLoader;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the end-to-end scenarios: a client for the application on its random port. */
abstract class ApiScenarios {

    @LocalServerPort
    int port;
    ApiClient api;

    @Autowired
    SetUpClubUseCase setUpClub;

    /** Loads a piece of club file (as a restart with an edited file would), for a test's own elections. */
    void loadClub(String yaml) {
        ClubSetup club = ClubFileLoader.parse(new StringReader(yaml), "test", Instant.now());
        setUpClub.setUpClub(club);
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }
}
