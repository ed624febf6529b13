package com.partvote.domain;

/**
 * A broken business rule. Every subclass carries a stable, machine-readable code that clients
 * may branch on; the human text is chosen by the adapter that talks to the client.
 */
public abstract class DomainException extends CodedException {

    protected DomainException(String code, String message) {
        super(code, message);
    }
}
