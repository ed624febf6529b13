package com.partvote.adapters.persistence.memory;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The in-memory adapter: every persistence output port kept in this
 * process, thread-safe, with the same invariants as the PostgreSQL adapter. Nothing survives a
 * restart and nothing is shared between instances: for development, demos and tests, not for an
 * election. Needs no DataSource and no transaction manager. Its classes are package-private.
 */
@Configuration(proxyBeanMethods = false)
public class MemoryPersistenceConfiguration {

    @Bean
    MemoryMemberAdapter memoryMemberAdapter() {
        return new MemoryMemberAdapter();
    }

    @Bean
    MemoryElectionAdapter memoryElectionAdapter(Clock clock) {
        return new MemoryElectionAdapter(clock);
    }

    @Bean
    MemoryBallotLog memoryBallotLog(Clock clock) {
        return new MemoryBallotLog(clock);
    }

    /** With {@code partvote.log.enabled=false} (for measuring what the log costs) no change is logged. */
    @Bean
    MemoryBallotAdapter memoryBallotAdapter(MemoryElectionAdapter elections, MemoryMemberAdapter members, Clock clock,
                                            MemoryBallotLog log, @Value("${partvote.log.enabled:true}") boolean logEnabled) {
        return new MemoryBallotAdapter(elections, members, clock, logEnabled ? log : null);
    }

    @Bean
    MemoryVoterRoll memoryVoterRoll() {
        return new MemoryVoterRoll();
    }

    @Bean
    MemoryAdministration memoryAdministration(MemoryMemberAdapter members) {
        return new MemoryAdministration(members);
    }

    @Bean
    MemorySessionAdapter memorySessionAdapter(MemoryAdministration administration) {
        return new MemorySessionAdapter(administration);
    }

    @Bean
    MemoryTokenDenyList memoryTokenDenyList() {
        return new MemoryTokenDenyList();
    }

    @Bean
    MemoryStandingsSignal memoryStandingsSignal() {
        return new MemoryStandingsSignal();
    }
}
