package com.partvote.bootstrap;

import com.partvote.adapters.persistence.testsupport.EmbeddedPostgresConfiguration;
import org.springframework.boot.SpringApplication;

/**
 * Development launcher ({@code ./mvnw -pl bootstrap -am spring-boot:test-run}): the real
 * application on an embedded PostgreSQL that lives as long as the process, candidates seeded
 * from the default file. Kept in test scope so the production jar never carries an embedded
 * database. With SPRING_DATASOURCE_URL set it uses that server instead; with
 * SPRING_PROFILES_ACTIVE=memory it keeps everything in memory and starts no database.
 */
public final class DevPartvoteApplication {

    private DevPartvoteApplication() {
    }

    public static void main(String[] args) {
        System.setProperty(DatabaseConfiguredGuard.EMBEDDED_MARKER, "true");
        SpringApplication.from(PartvoteApplication::main).with(EmbeddedPostgresConfiguration.class).run(args);
    }
}
