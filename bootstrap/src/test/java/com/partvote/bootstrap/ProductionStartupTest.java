package com.partvote.bootstrap;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.adapters.persistence.testsupport.EmbeddedPostgresConfiguration;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

/**
 * The whole application, started with the prod profile, refuses a missing, placeholder or short
 * token key, and a missing or malformed ballot-log key.
 */
class ProductionStartupTest {

    /** A valid ballot-log key, so that each test fails on the one setting it leaves out. */
    private static final String LOG_KEY = "--partvote.log.signing-key=" + Base64.getEncoder().encodeToString(ed25519());

    private static byte[] ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void startProduction(String secret) {
        startProduction(secret, "--partvote.registration.mode=open", LOG_KEY);
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

    private static String jwtKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void productionDoesNotStartWithoutABallotLogKey() {
        assertThatThrownBy(() -> startProduction(jwtKey(), "--partvote.registration.mode=open", "--partvote.log.signing-key="))
                .rootCause().hasMessageContaining("PARTVOTE_LOG_SIGNING_KEY is not set");
    }

    @Test
    void productionDoesNotStartWithAMalformedBallotLogKey() {
        assertThatThrownBy(() -> startProduction(jwtKey(), "--partvote.registration.mode=open",
                "--partvote.log.signing-key=" + Base64.getEncoder().encodeToString(new byte[48])))
                .rootCause().hasMessageContaining("PARTVOTE_LOG_SIGNING_KEY must be the Base64 of an Ed25519 private key");
    }

    @Test
    void productionDoesNotStartWithoutAnExplicitRegistrationMode() {
        assertThatThrownBy(() -> startProduction(jwtKey(), LOG_KEY))
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
