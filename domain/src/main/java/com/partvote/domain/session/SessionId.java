package com.partvote.domain.session;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Identity of one login session (one device); every refresh token and access token names it. */
public record SessionId(UUID value) {

    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    /**
     * The session named by its canonical text (36 characters, hex in either case); empty for
     * anything else, including the short forms {@link UUID#fromString} would accept.
     */
    public static Optional<SessionId> tryParse(String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new SessionId(UUID.fromString(text)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
