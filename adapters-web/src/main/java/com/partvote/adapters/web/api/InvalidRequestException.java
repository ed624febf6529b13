package com.partvote.adapters.web.api;

import java.util.List;

/** The request's fields broke their rules; carries every rejected field at once. */
public class InvalidRequestException extends RuntimeException {

    private final List<Rejected> rejected;

    public InvalidRequestException(List<Rejected> rejected) {
        super("invalid request: " + rejected);
        this.rejected = List.copyOf(rejected);
    }

    public static InvalidRequestException of(String field, String reason) {
        return new InvalidRequestException(List.of(new Rejected(field, reason)));
    }

    public List<Rejected> rejected() {
        return rejected;
    }

    public record Rejected(String field, String reason) {
    }
}
