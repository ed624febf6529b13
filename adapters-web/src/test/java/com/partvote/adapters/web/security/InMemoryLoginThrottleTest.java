package com.partvote.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryLoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void blocksAKeyAfterItsAllowanceUntilTheOldestFailureLeavesTheWindow() {
        var throttle = new InMemoryLoginThrottle(2, 10, Duration.ofMinutes(5));
        throttle.recordFailure("email:a@b.kr", NOW);
        throttle.recordFailure("email:a@b.kr", NOW.plusSeconds(60));

        assertThat(throttle.blockedFor("email:a@b.kr", NOW.plusSeconds(61))).contains(Duration.ofSeconds(239));
        assertThat(throttle.blockedFor("email:a@b.kr", NOW.plusSeconds(300))).isEmpty();
    }

    @Test
    void aFloodOfDistinctKeysLeavesEntryCountAndHeapUnderTheirBounds() {
        var throttle = new InMemoryLoginThrottle(5, 50, Duration.ofMinutes(5));
        long before = usedHeapAfterGc();
        String padding = "x".repeat(240);
        for (int i = 0; i < 300_000; i++) {
            throttle.recordFailure("email:" + padding + i + "@flood.example", NOW);
            throttle.recordFailure("client:10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255) + "/" + i, NOW);
        }
        long grown = usedHeapAfterGc() - before;

        assertThat(throttle.keyCount()).isLessThanOrEqualTo(InMemoryLoginThrottle.DEFAULT_MAX_KEYS);
        assertThat(grown).as("heap retained by the throttle, bytes").isLessThan(48L * 1024 * 1024);
    }

    @Test
    void forgetsAKeyOnSuccess() {
        var throttle = new InMemoryLoginThrottle(1, 10, Duration.ofMinutes(5));
        throttle.recordFailure("email:a@b.kr", NOW);
        throttle.reset("email:a@b.kr");

        assertThat(throttle.blockedFor("email:a@b.kr", NOW)).isEmpty();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
