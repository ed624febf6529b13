package com.partvote.bootstrap.e2e;

import com.partvote.bootstrap.PartvoteApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real HTTP port, on the in-memory persistence adapter (profile
 * {@code memory}): no database at all. Every class with this annotation shares one application
 * context, and so one store.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PartvoteApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"memory", "test"})
public @interface MemoryApiTest {
}
