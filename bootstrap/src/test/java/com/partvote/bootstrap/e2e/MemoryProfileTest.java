package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.application.port.out.ClubTeamsPort;
import com.partvote.application.port.out.LoadBallotSheetPort;
import com.partvote.application.port.out.LoadChoicePort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.application.port.out.SaveMemberPort;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.TokenDenyListPort;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/** The memory profile runs with no database at all, and says it is healthy. */
@MemoryApiTest
class MemoryProfileTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everyPersistencePortIsTheInMemoryAdapterAndNoDatabaseIsConfigured() {
        for (Class<?> port : List.of(LoadMemberPort.class, SaveMemberPort.class, SessionPort.class,
                TokenDenyListPort.class, ClubTeamsPort.class, LoadElectionPort.class, SaveElectionPort.class,
                LoadChoicePort.class, RecordBallotPort.class, LoadBallotSheetPort.class, StandingsQueryPort.class)) {
            assertThat(context.getBean(port).getClass().getPackageName()).as(port.getSimpleName())
                    .isEqualTo("com.partvote.adapters.persistence.memory");
        }
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(context.getBeanNamesForType(PlatformTransactionManager.class)).isEmpty();
    }

    @Test
    void healthAndReadinessAreUpWithoutADatabase() {
        ApiClient api = new ApiClient(port);
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            Response health = api.get(path);
            assertThat(health.status()).as(path).isEqualTo(200);
            assertThat(health.json().get("status").asString()).as(path).isEqualTo("UP");
        }
    }
}
