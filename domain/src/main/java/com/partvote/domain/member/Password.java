package com.partvote.domain.member;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.Text;

/**
 * A plain-text password as a member chose it, checked against the policy: 8 to 64 characters
 * (the old system's 15-character cap is gone), no control characters. Never logged.
 */
public final class Password {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    /** Applies the sign-up policy. */
    public static Password chosen(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidValueException("password", "required", "password is required");
        }
        int length = Text.length(raw);
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new InvalidValueException("password", "size",
                    "password must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (Text.hasControlOrBrokenChars(raw)) {
            throw new InvalidValueException("password", "format", "password holds control characters");
        }
        return new Password(raw);
    }

    /** A password typed at login: not policy-checked (the policy may change), only non-null. */
    public static Password attempt(String raw) {
        return new Password(raw == null ? "" : raw);
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Password[****]";
    }
}
