package com.partvote.domain.member;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.Text;

/** A member's display name: trimmed, 1 to 30 characters, no control characters. */
public record MemberName(String value) {

    public static final int MAX_LENGTH = 30;

    public MemberName {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("name", "required", "name is required");
        }
        value = value.strip();
        if (Text.length(value) > MAX_LENGTH) {
            throw new InvalidValueException("name", "size", "name is longer than " + MAX_LENGTH);
        }
        if (Text.hasControlOrBrokenChars(value)) {
            throw new InvalidValueException("name", "format", "name holds control characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
