package com.partvote.application.auth;

import java.time.Duration;
import java.util.Objects;

/** Token lifetimes. Access tokens are short-lived; refresh tokens keep a device logged in. */
public record AuthSettings(Duration accessTokenTtl, Duration refreshTokenTtl) {
    public AuthSettings {
        Objects.requireNonNull(accessTokenTtl, "accessTokenTtl");
        Objects.requireNonNull(refreshTokenTtl, "refreshTokenTtl");
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero()
                || refreshTokenTtl.compareTo(accessTokenTtl) < 0) {
            throw new IllegalArgumentException("lifetimes must be positive and refresh >= access");
        }
    }

    public static AuthSettings defaults() {
        return new AuthSettings(Duration.ofHours(2), Duration.ofDays(14));
    }
}
