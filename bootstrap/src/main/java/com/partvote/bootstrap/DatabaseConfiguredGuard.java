package com.partvote.bootstrap;

import java.util.Arrays;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops the production application early, with a message that says what to set, when no
 * database is configured. (Left alone, Spring Boot would suggest an embedded in-memory
 * database, which this project never uses.) The development launcher, which brings its own
 * embedded PostgreSQL, and the in-memory persistence profile need no URL.
 */
class DatabaseConfiguredGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String EMBEDDED_MARKER = "partvote.dev.embedded-database";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        boolean memory = Arrays.asList(env.getActiveProfiles()).contains("memory");
        if (memory || env.getProperty(EMBEDDED_MARKER, Boolean.class, false)) {
            return;
        }
        String url = env.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("""
                    No database configured. Set SPRING_DATASOURCE_URL (e.g. jdbc:postgresql://db:5432/partvote), \
                    SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD. For development, run \
                    './mvnw -pl bootstrap -am spring-boot:test-run', which starts an embedded PostgreSQL.""");
        }
    }
}
