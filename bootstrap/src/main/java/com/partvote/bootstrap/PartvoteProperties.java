package com.partvote.bootstrap;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Every {@code partvote.*} setting; docs/configuration.md lists them with their variables. */
@ConfigurationProperties("partvote")
record PartvoteProperties(@DefaultValue Auth auth, @DefaultValue Throttle throttle,
                          @DefaultValue Club club, @DefaultValue Purge purge) {

    record Auth(String jwtSecret,
                @DefaultValue("2h") Duration accessTokenTtl,
                @DefaultValue("14d") Duration refreshTokenTtl,
                @DefaultValue("30s") Duration clockSkew,
                @DefaultValue("30s") Duration refreshReuseInterval,
                @DefaultValue("10") int bcryptCost) {
    }

    record Throttle(@DefaultValue("5") int maxFailuresPerAccount,
                    @DefaultValue("50") int maxFailuresPerClient,
                    @DefaultValue("50") int maxSignUpsPerClient,
                    @DefaultValue("5m") Duration window) {
    }

    record Club(@DefaultValue("classpath:club.yml") String file) {
    }

    record Purge(@DefaultValue("1h") Duration interval) {
    }

    static List<String> knownPlaceholderSecrets() {
        return List.of("change-me", "changeme", "secret", "CHANGE_ME_TO_A_RANDOM_BASE64_KEY");
    }
}
