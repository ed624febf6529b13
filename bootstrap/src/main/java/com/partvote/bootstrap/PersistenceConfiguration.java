package com.partvote.bootstrap;

import com.partvote.adapters.persistence.memory.MemoryPersistenceConfiguration;
import com.partvote.adapters.persistence.postgres.PostgresPersistenceConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * Chooses the persistence adapter. PostgreSQL by default; the {@code memory} profile swaps in
 * the in-memory adapter (and application-memory.yml switches off the DataSource, JPA, Flyway and
 * transaction auto-configuration, so the use cases run without transactions).
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Configuration(proxyBeanMethods = false)
    @Profile("!memory")
    @Import(PostgresPersistenceConfiguration.class)
    static class PostgreSql {
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("memory")
    @Import(MemoryPersistenceConfiguration.class)
    static class InMemory {
    }
}
