package com.partvote.domain.member;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.Text;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, normalized (trimmed, lower-cased) so that two spellings of one address are
 * one value. At most 254 characters, local part at most 64.
 */
public record Email(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE =
            Pattern.compile("^[^\\s@]{1,64}@[^\\s@.]+(\\.[^\\s@.]+)+$");

    public Email {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("email", "required", "email is required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (Text.length(value) > MAX_LENGTH) {
            throw new InvalidValueException("email", "size", "email is longer than " + MAX_LENGTH);
        }
        if (Text.hasControlOrBrokenChars(value) || Text.hasFormatChars(value) || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", "format", "email is not a valid address");
        }
    }

    /** Normalizes without throwing: for lookups where a malformed address simply matches nobody. */
    public static java.util.Optional<Email> tryParse(String raw) {
        try {
            return java.util.Optional.of(new Email(raw));
        } catch (InvalidValueException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
