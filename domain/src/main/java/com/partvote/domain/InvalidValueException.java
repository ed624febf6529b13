package com.partvote.domain;

/**
 * A value that does not satisfy its own rules (a malformed email, a name that is too long...).
 * {@code field} names the input the value came from, {@code reason} is a stable key such as
 * {@code "size"}, {@code "format"} or {@code "required"}.
 */
public class InvalidValueException extends DomainException {

    private final String field;
    private final String reason;

    public InvalidValueException(String field, String reason, String message) {
        super("VALIDATION_FAILED", field + ": " + message);
        this.field = field;
        this.reason = reason;
        if (field == null || reason == null) {
            throw new IllegalArgumentException("field and reason are required");
        }
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
