package com.partvote.domain.session;

import java.util.Objects;
import java.util.UUID;

/** Identity of one login session (one device); every refresh token and access token names it. */
public record SessionId(UUID value) {
    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
