package com.partvote.adapters.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.partvote.application.port.out.LoginThrottlePort;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Sliding-window counter of failed attempts per key, kept in this process. A key with
 * {@code maxFailures} failures inside {@code window} waits until the oldest of them leaves the
 * window, so a member who mistyped is back within minutes, while a guesser gets
 * {@code maxFailures} tries per window. Keys beginning with {@code client:} get their own,
 * larger allowance (one address may serve many members).
 *
 * <p>Memory is bounded twice: at most {@code maxKeys} keys (Caffeine's size bound, whose
 * frequency-based admission keeps keys seen often, such as an attacker's address, over a flood
 * of one-off keys), and a key is forgotten {@code window} after its last failure, when it could
 * no longer block anyone.
 */
public class InMemoryLoginThrottle implements LoginThrottlePort {

    public static final int DEFAULT_MAX_KEYS = 20_000;

    private final int maxFailuresPerAccount;
    private final int maxFailuresPerClient;
    private int maxSignUpsPerClient;
    private final Duration window;
    private final Cache<String, Deque<Instant>> failures;

    public InMemoryLoginThrottle(int maxFailuresPerAccount, int maxFailuresPerClient, Duration window) {
        this(maxFailuresPerAccount, maxFailuresPerClient, window, DEFAULT_MAX_KEYS);
    }

    public InMemoryLoginThrottle(int maxFailuresPerAccount, int maxFailuresPerClient, Duration window, int maxKeys) {
        this.maxFailuresPerAccount = maxFailuresPerAccount;
        this.maxFailuresPerClient = maxFailuresPerClient;
        this.maxSignUpsPerClient = maxFailuresPerClient;
        this.window = window;
        this.failures = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterWrite(window).build();
    }

    @Override
    public Optional<Duration> blockedFor(String key, Instant now) {
        Deque<Instant> times = failures.getIfPresent(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limitFor(key)) {
                return Optional.empty();
            }
            Duration wait = Duration.between(now, times.peekFirst().plus(window));
            return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
        }
    }

    @Override
    public void recordFailure(String key, Instant now) {
        // compute: a write, so the key's time bound restarts with its latest failure
        failures.asMap().compute(key, (k, times) -> {
            Deque<Instant> t = times == null ? new ArrayDeque<>() : times;
            synchronized (t) {
                prune(t, now);
                t.addLast(now);
                while (t.size() > limitFor(k)) {
                    t.removeFirst();
                }
            }
            return t;
        });
    }

    @Override
    public void reset(String key) {
        failures.invalidate(key);
    }

    /** How many keys are held now (after pending evictions ran). */
    public long keyCount() {
        failures.cleanUp();
        return failures.estimatedSize();
    }

    /** Sign-ups per client and window ({@code client:signup:} keys); the per-client failure allowance unless set. */
    public InMemoryLoginThrottle withMaxSignUpsPerClient(int max) {
        this.maxSignUpsPerClient = max;
        return this;
    }

    private int limitFor(String key) {
        if (key.startsWith("client:signup:")) {
            return maxSignUpsPerClient;
        }
        return key.startsWith("client:") ? maxFailuresPerClient : maxFailuresPerAccount;
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }
}
