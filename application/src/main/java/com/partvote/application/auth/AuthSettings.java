package com.partvote.application.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * Token lifetimes. Access tokens are short-lived; refresh tokens keep a device logged in. A
 * rotated refresh token presented again within {@code refreshReuseInterval} (two tabs at once, a
 * retry after a lost answer) gets another successor in the same session; later, it revokes it.
 */
public record AuthSettings(Duration accessTokenTtl, Duration refreshTokenTtl, Duration refreshReuseInterval) {

    public static final Duration DEFAULT_REFRESH_REUSE_INTERVAL = Duration.ofSeconds(30);

    public AuthSettings {
        Objects.requireNonNull(accessTokenTtl, "accessTokenTtl");
        Objects.requireNonNull(refreshTokenTtl, "refreshTokenTtl");
        Objects.requireNonNull(refreshReuseInterval, "refreshReuseInterval");
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero()
                || refreshTokenTtl.compareTo(accessTokenTtl) < 0) {
            throw new IllegalArgumentException("lifetimes must be positive and refresh >= access");
        }
        if (refreshReuseInterval.isNegative() || refreshReuseInterval.compareTo(accessTokenTtl) > 0) {
            throw new IllegalArgumentException("the refresh reuse interval must lie between 0 and the access-token lifetime");
        }
    }

    public static AuthSettings defaults() {
        return new AuthSettings(Duration.ofHours(2), Duration.ofDays(14), DEFAULT_REFRESH_REUSE_INTERVAL);
    }
}
