package com.partvote.bootstrap.e2e;

import com.partvote.adapters.persistence.testsupport.EmbeddedPostgresConfiguration;
import com.partvote.bootstrap.PartvoteApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real HTTP port, against PostgreSQL (embedded, or the server named
 * by SPRING_DATASOURCE_URL). Every class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PartvoteApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EmbeddedPostgresConfiguration.class)
@ActiveProfiles("test")
public @interface PostgresApiTest {
}
