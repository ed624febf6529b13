package com.partvote.bootstrap;

import com.partvote.adapters.persistence.jpa.JpaPersistenceConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * Chooses the persistence adapter. PostgreSQL by default; the {@code memory} profile swaps in
 * the in-memory adapter (and switches off the DataSource, JPA and Flyway auto-configuration).
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Configuration(proxyBeanMethods = false)
    @Profile("!memory")
    @Import(JpaPersistenceConfiguration.class)
    static class PostgreSql {
    }
}
