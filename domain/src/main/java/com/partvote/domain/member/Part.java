package com.partvote.domain.member;

import com.partvote.domain.DomainException;

/** The club's two parts; every member and every candidate belongs to exactly one. */
public enum Part {
    FE, BE;

    /** Parses the exact wire form ("FE" or "BE"); anything else is an {@link InvalidPartException}. */
    public static Part parse(String raw) {
        if (raw != null) {
            for (Part p : values()) {
                if (p.name().equals(raw)) {
                    return p;
                }
            }
        }
        throw new InvalidPartException(raw);
    }

    public static final class InvalidPartException extends DomainException {
        public InvalidPartException(String raw) {
            super("INVALID_PART", "part must be FE or BE");
        }
    }
}
