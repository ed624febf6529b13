package com.partvote.domain;

/**
 * A failure with a stable, machine-readable code that clients may branch on: a broken business
 * rule ({@link DomainException}) or a failure of the layers around the domain, such as an
 * authentication that did not succeed. The human text is chosen by the adapter that talks to the
 * client.
 */
public abstract class CodedException extends RuntimeException {

    private final String code;

    protected CodedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
