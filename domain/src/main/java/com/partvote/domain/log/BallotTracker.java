package com.partvote.domain.log;

import com.partvote.domain.InvalidValueException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name under which one member's ballot appears in an election's public log (the "tracker" of
 * Helios and Belenios): 128 random bits, written as 22 characters of URL-safe Base64 without
 * padding. Random, not derived from the member, so that the public log names no one; the link
 * from member to tracker is kept privately by the store and shown only to the member.
 *
 * <p>Its alphabet holds neither {@code |} nor {@code ,}, which keeps {@link LogEntry}'s encoding
 * unambiguous.
 */
public record BallotTracker(String value) {

    public static final int BYTES = 16;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    public BallotTracker {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches() || !ENCODER.encodeToString(Base64.getUrlDecoder().decode(value)).equals(value)) {
            // the last check: of the 22 characters' 132 bits only 128 carry the value, the rest must be 0
            throw new InvalidValueException("tracker", "format", "a tracker is 22 characters of URL-safe Base64");
        }
    }

    public static BallotTracker random(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new BallotTracker(ENCODER.encodeToString(bytes));
    }

    @Override
    public String toString() {
        return value;
    }
}
