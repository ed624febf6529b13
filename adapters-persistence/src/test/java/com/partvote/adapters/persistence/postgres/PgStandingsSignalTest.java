package com.partvote.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.application.port.out.StandingsSignalPort;
import com.partvote.application.port.out.contract.StandingsSignalContract;
import com.partvote.domain.election.ElectionId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each endpoint is its own PgStandingsSignal on the test database, as two instances would be. */
@PostgresContractTest
class PgStandingsSignalTest extends StandingsSignalContract {

    @Autowired
    JdbcConnectionDetails database;
    @Autowired
    JdbcTemplate jdbc;

    private final List<PgStandingsSignal> started = new ArrayList<>();

    @Override
    protected StandingsSignalPort connect() {
        PgStandingsSignal signal = new PgStandingsSignal(database.getJdbcUrl(), database.getUsername(),
                database.getPassword(), Duration.ofMillis(200));
        signal.start();
        started.add(signal);
        return signal;
    }


    @AfterEach
    void stopEndpoints() {
        started.forEach(PgStandingsSignal::stop);
    }

    /** The listener's connection is cut (a database restart, a proxy's timeout): it says so, reconnects, hears on. */
    @Test
    void aListenerWhoseConnectionBrokeIsToldSoAndHearsLaterAnnouncements() {
        StandingsSignalPort a = connect();
        PgStandingsSignal b = (PgStandingsSignal) connect();
        Heard onB = new Heard();
        b.subscribe(onB);
        int pid = b.listenerPid();
        assertThat(pid).as("listening").isPositive();
        assertThat(jdbc.queryForObject("SELECT pg_terminate_backend(?)", Boolean.class, pid)).isTrue();

        await(() -> onB.lost.get() > 0, "told that announcements may have been lost");
        ElectionId after = new ElectionId(43);
        a.announce(after);
        await(() -> onB.has(after), "heard after the connection came back");
    }

    @Test
    void theListenerIsAConnectionOfItsOwnNamedInTheServersActivity() {
        connect();
        List<String> names = jdbc.queryForList("SELECT application_name FROM pg_stat_activity "
                + "WHERE application_name LIKE 'partvote-standings-%'", String.class);
        assertThat(names).contains(PgStandingsSignal.LISTENER_NAME);
    }
}
