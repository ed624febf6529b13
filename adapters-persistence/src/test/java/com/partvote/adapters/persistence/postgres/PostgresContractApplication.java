package com.partvote.adapters.persistence.postgres;

import com.partvote.adapters.persistence.testsupport.EmbeddedPostgresConfiguration;
import java.time.Clock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The smallest application around the PostgreSQL adapter: DataSource, Flyway, JPA and
 * transactions from auto-configuration, on a fresh database of the embedded PostgreSQL.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({PostgresPersistenceConfiguration.class, EmbeddedPostgresConfiguration.class})
class PostgresContractApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PostgresStores postgresStores(PostgresMemberAdapter members, SqlElectionAdapter elections, SqlBallotAdapter ballots, SqlBallotLog log,
                        SqlSessionAdapter sessions, JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        return new PostgresStores(members, elections, ballots, log, sessions, jdbc, transactionManager);
    }
}
