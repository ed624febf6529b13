package com.partvote.bootstrap;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Every {@code partvote.*} setting; docs/configuration.md lists them with their variables. */
@ConfigurationProperties("partvote")
record PartvoteProperties(@DefaultValue Auth auth, @DefaultValue Throttle throttle,
                          @DefaultValue Club club, @DefaultValue Purge purge, @DefaultValue Live live) {

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

    /**
     * The live results: how often watched elections are re-read when something changed (so at
     * most one event per election per tick), how often a watcher gets a heartbeat, how often a
     * watched election is re-read though nothing was announced, and how many threads write to the
     * watchers. (The stream's own settings are read by the web adapter, the channel's by the
     * persistence adapter: {@code partvote.live.stream-timeout}, {@code .retry}, {@code .notify-interval}.)
     */
    record Live(@DefaultValue("250ms") Duration tick,
                @DefaultValue("15s") Duration heartbeat,
                @DefaultValue("5s") Duration poll,
                @DefaultValue("2") int fanOutThreads) {
    }

    static List<String> knownPlaceholderSecrets() {
        return List.of("change-me", "changeme", "secret", "CHANGE_ME_TO_A_RANDOM_BASE64_KEY");
    }
}
