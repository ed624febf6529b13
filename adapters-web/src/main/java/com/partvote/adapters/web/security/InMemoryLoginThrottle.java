package com.partvote.adapters.web.security;

import com.partvote.application.port.out.LoginThrottlePort;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sliding-window counter of failed logins per key, kept in this process. A key with
 * {@code maxFailures} failures inside {@code window} waits until the oldest of them leaves the
 * window, so a member who mistyped is back within minutes, while a guesser gets
 * {@code maxFailures} tries per window. Keys beginning with {@code client:} get their own,
 * larger allowance (one address may serve many members).
 */
public class InMemoryLoginThrottle implements LoginThrottlePort {

    private static final int MAX_KEYS = 100_000;

    private final int maxFailuresPerAccount;
    private final int maxFailuresPerClient;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public InMemoryLoginThrottle(int maxFailuresPerAccount, int maxFailuresPerClient, Duration window) {
        this.maxFailuresPerAccount = maxFailuresPerAccount;
        this.maxFailuresPerClient = maxFailuresPerClient;
        this.window = window;
    }

    @Override
    public Optional<Duration> blockedFor(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
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
        if (failures.size() >= MAX_KEYS) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            while (times.size() > limitFor(key)) {
                times.removeFirst();
            }
        }
    }

    @Override
    public void reset(String key) {
        failures.remove(key);
    }

    private int limitFor(String key) {
        return key.startsWith("client:") ? maxFailuresPerClient : maxFailuresPerAccount;
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }
}
