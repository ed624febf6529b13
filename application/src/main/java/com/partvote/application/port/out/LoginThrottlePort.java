package com.partvote.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed logins per key (an email, a client address) in a sliding window, so that
 * guessing passwords is slowed down without locking a member out for long.
 */
public interface LoginThrottlePort {

    /** How long the key must still wait, if it is blocked now. */
    Optional<Duration> blockedFor(String key, Instant now);

    void recordFailure(String key, Instant now);

    void reset(String key);
}
