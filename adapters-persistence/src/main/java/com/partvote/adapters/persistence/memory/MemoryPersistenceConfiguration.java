package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.LoadCandidatePort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.application.port.out.ResultsQueryPort;
import com.partvote.application.port.out.SaveCandidatesPort;
import com.partvote.application.port.out.SaveMemberPort;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.TokenDenyListPort;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The in-memory adapter: every persistence output port ({@link LoadMemberPort},
 * {@link SaveMemberPort}, {@link SessionPort}, {@link TokenDenyListPort}, {@link LoadCandidatePort},
 * {@link SaveCandidatesPort}, {@link RecordBallotPort}, {@link ResultsQueryPort}) kept in this
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
    MemoryCandidateAdapter memoryCandidateAdapter(MemoryMemberAdapter members, Clock clock) {
        return new MemoryCandidateAdapter(members, clock);
    }

    @Bean
    MemoryBallotAdapter memoryBallotAdapter(MemoryCandidateAdapter candidates) {
        return new MemoryBallotAdapter(candidates);
    }

    @Bean
    MemorySessionAdapter memorySessionAdapter() {
        return new MemorySessionAdapter();
    }

    @Bean
    MemoryTokenDenyList memoryTokenDenyList() {
        return new MemoryTokenDenyList();
    }
}
