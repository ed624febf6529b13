package com.partvote.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

class DatabaseConfiguredGuardTest {

    private static ApplicationEnvironmentPreparedEvent event(MockEnvironment env) {
        return new ApplicationEnvironmentPreparedEvent(null, new SpringApplication(), new String[0], env);
    }

    @Test
    void theProductionApplicationRefusesToStartWithoutADatabaseAndSaysWhatToSet() {
        assertThatThrownBy(() -> new DatabaseConfiguredGuard().onApplicationEvent(event(new MockEnvironment())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageNotContaining("H2");
    }

    @Test
    void aConfiguredUrlTheDevelopmentLauncherOrTheMemoryProfilePass() {
        assertThatCode(() -> new DatabaseConfiguredGuard().onApplicationEvent(event(
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/partvote"))))
                .doesNotThrowAnyException();
        assertThatCode(() -> new DatabaseConfiguredGuard().onApplicationEvent(event(
                new MockEnvironment().withProperty(DatabaseConfiguredGuard.EMBEDDED_MARKER, "true"))))
                .doesNotThrowAnyException();
        MockEnvironment memory = new MockEnvironment();
        memory.setActiveProfiles("memory");
        assertThatCode(() -> new DatabaseConfiguredGuard().onApplicationEvent(event(memory))).doesNotThrowAnyException();
        assertThat(DatabaseConfiguredGuard.EMBEDDED_MARKER).startsWith("partvote.");
    }
}
