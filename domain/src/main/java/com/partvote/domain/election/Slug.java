package com.partvote.domain.election;

import com.partvote.domain.InvalidValueException;
import java.util.regex.Pattern;

/**
 * An election's name in URLs and files ({@code fe-leader}): lower-case ASCII letters and digits
 * in words joined by single hyphens, 1 to 40 characters, and never only digits, so that it can
 * never be mistaken for an election id.
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = 40;
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Slug {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("slug", "required", "slug is required");
        }
        if (value.length() > MAX_LENGTH || !FORM.matcher(value).matches() || value.chars().allMatch(Character::isDigit)) {
            throw new InvalidValueException("slug", "format",
                    "slug must be lower-case letters and digits joined by hyphens, not only digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
