package com.partvote.adapters.persistence.postgres;

import java.time.Clock;
import java.time.Duration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL adapter: every persistence output port, backed by the schema that Flyway
 * migrates ({@code db/migration}). Import this configuration to use it; its classes are
 * package-private, the ports are the only way in.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = PostgresPersistenceConfiguration.class)
@EntityScan(basePackageClasses = PostgresPersistenceConfiguration.class)
public class PostgresPersistenceConfiguration {

    @Bean
    PostgresMemberAdapter memberAdapter(MemberJpaRepository repository, JdbcTemplate jdbc, Clock clock) {
        return new PostgresMemberAdapter(repository, jdbc, clock);
    }

    /** Migrations written in Java (they reuse the domain's rules); Spring Boot hands these beans to Flyway. */
    @Bean
    NormaliseEmails normaliseEmailsMigration() {
        return new NormaliseEmails();
    }

    /** The same Java migrations, for whoever runs Flyway without Spring (the upgrade tests). */
    public static JavaMigration[] javaMigrations() {
        return new JavaMigration[] {new NormaliseEmails()};
    }

    @Bean
    SqlVoterRoll voterRoll(JdbcTemplate jdbc) {
        return new SqlVoterRoll(jdbc);
    }

    @Bean
    SqlAdministration administration(JdbcTemplate jdbc) {
        return new SqlAdministration(jdbc);
    }

    @Bean
    CachedVoters voters(JdbcTemplate jdbc, @Value("${partvote.members.voter-cache-max-age:30s}") Duration maxAge) {
        return new CachedVoters(jdbc, maxAge);
    }

    @Bean
    SqlElectionAdapter electionAdapter(JdbcTemplate jdbc) {
        return new SqlElectionAdapter(jdbc);
    }

    @Bean
    ElectionSnapshot electionSnapshot(SqlElectionAdapter elections,
                                      @Value("${partvote.elections.cache-max-age:1s}") Duration maxAge) {
        return new ElectionSnapshot(elections, maxAge);
    }

    @Bean
    SqlBallotLog ballotLog(JdbcTemplate jdbc) {
        return new SqlBallotLog(jdbc);
    }

    /** With {@code partvote.log.enabled=false} (for measuring what the log costs) no change is logged. */
    @Bean
    SqlBallotAdapter ballotAdapter(JdbcTemplate jdbc, SqlBallotLog log,
                                   @Value("${partvote.log.enabled:true}") boolean logEnabled) {
        return new SqlBallotAdapter(jdbc, logEnabled ? log : null);
    }

    @Bean
    SqlSessionAdapter sessionAdapter(JdbcTemplate jdbc) {
        return new SqlSessionAdapter(jdbc);
    }

    @Bean
    SqlTokenDenyList tokenDenyList(JdbcTemplate jdbc) {
        return new SqlTokenDenyList(jdbc);
    }

    @Bean
    DenyListSync denyListSync(SqlTokenDenyList denyList,
                              @Value("${partvote.deny-list.sync-interval:250ms}") Duration interval) {
        return new DenyListSync(denyList, interval);
    }

    /**
     * LISTEN/NOTIFY between instances. Its two connections are opened with the pool's own URL and
     * credentials (Boot's connection details, whichever way they were given), not borrowed from it.
     */
    @Bean
    PgStandingsSignal standingsSignal(JdbcConnectionDetails database,
                                      @Value("${partvote.live.notify-interval:200ms}") Duration interval) {
        return new PgStandingsSignal(database.getJdbcUrl(), database.getUsername(), database.getPassword(), interval);
    }
}
