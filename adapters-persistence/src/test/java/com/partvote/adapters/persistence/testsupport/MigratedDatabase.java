package com.partvote.adapters.persistence.testsupport;

import com.partvote.adapters.persistence.postgres.PostgresPersistenceConfiguration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh database of the embedded PostgreSQL, migrated as a release of the past left it: for upgrade tests. */
public record MigratedDatabase(DataSource dataSource, JdbcTemplate jdbc) {

    /** A new database at schema {@code version}, as the main of that migration created it. */
    public static MigratedDatabase at(String version) {
        DataSource ds = new DriverManagerDataSource(EmbeddedPostgresSupport.newDatabase(), "postgres", "postgres");
        MigratedDatabase db = new MigratedDatabase(ds, new JdbcTemplate(ds));
        db.flyway().target(version).load().migrate();
        return db;
    }

    /** Upgrades in place, as today's application does when it starts: every SQL and Java migration. */
    public void upgrade() {
        flyway().load().migrate();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(PostgresPersistenceConfiguration.javaMigrations());
    }
}
