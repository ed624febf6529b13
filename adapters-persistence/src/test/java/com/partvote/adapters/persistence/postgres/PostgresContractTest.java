package com.partvote.adapters.persistence.postgres;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A port contract test on the PostgreSQL adapter. Every class with this annotation shares one
 * application context and so one database; {@link PostgresStores#fresh()} empties it before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PostgresContractApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.main.banner-mode=off",
                // the suite provokes constraint violations on purpose; the adapter turns them into domain exceptions
                "logging.level.org.hibernate.orm.jdbc.error=error",
                "logging.level.io.zonky.test.db.postgres.embedded.EmbeddedPostgres=warn"})
@interface PostgresContractTest {
}
