package com.partvote.domain.member;

/** The stored, one-way form of a password, as produced by the configured hasher. */
public record PasswordHash(String value) {
    public PasswordHash {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("password hash is required");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[****]";
    }
}
