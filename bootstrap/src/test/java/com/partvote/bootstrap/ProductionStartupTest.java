package com.partvote.bootstrap;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.adapters.persistence.testsupport.EmbeddedPostgresConfiguration;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

/** The whole application, started with the prod profile, refuses a missing, placeholder or short key. */
class ProductionStartupTest {

    private static void startProduction(String secret) {
        startProduction(secret, "--partvote.registration.mode=open");
    }

    private static void startProduction(String secret, String... more) {
        SpringApplication app = new SpringApplication(PartvoteApplication.class, EmbeddedPostgresConfiguration.class);
        app.setAdditionalProfiles("prod");
        // given on the command line, so that a key in the environment cannot stand in for it
        String[] args = new String[more.length + 2];
        args[0] = "--server.port=0";
        args[1] = "--partvote.auth.jwt-secret=" + secret;
        System.arraycopy(more, 0, args, 2, more.length);
        app.run(args).close();
    }

    @Test
    void productionDoesNotStartWithoutAnExplicitRegistrationMode() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        assertThatThrownBy(() -> startProduction(Base64.getEncoder().encodeToString(key), new String[0]))
                .rootCause().hasMessageContaining("PARTVOTE_REGISTRATION_MODE");
    }

    @Test
    void productionDoesNotStartWithoutAKey() {
        assertThatThrownBy(() -> startProduction(""))
                .rootCause().hasMessageContaining("PARTVOTE_AUTH_JWT_SECRET is not set");
    }

    @Test
    void productionDoesNotStartWithAPlaceholderOrAShortKey() {
        assertThatThrownBy(() -> startProduction("change-me"))
                .rootCause().hasMessageContaining("placeholder");
        byte[] shortKey = new byte[16];
        new SecureRandom().nextBytes(shortKey);
        assertThatThrownBy(() -> startProduction(Base64.getEncoder().encodeToString(shortKey)))
                .rootCause().hasMessageContaining("decodes to 16 bytes; HS256 needs at least 32");
    }
}
