package com.partvote.adapters.web.api;

import com.partvote.domain.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds the value objects of a request, collecting every field the domain refuses, so that a
 * client learns about all its mistakes in one answer. The rules themselves stay in the domain.
 */
public final class Fields {

    private final List<InvalidRequestException.Rejected> rejected = new ArrayList<>();

    public <T> T value(String field, Object raw, Supplier<T> build) {
        if (raw == null) {
            rejected.add(new InvalidRequestException.Rejected(field, "required"));
            return null;
        }
        try {
            return build.get();
        } catch (InvalidValueException e) {
            rejected.add(new InvalidRequestException.Rejected(field, e.reason()));
        } catch (com.partvote.domain.DomainException | IllegalArgumentException e) {
            rejected.add(new InvalidRequestException.Rejected(field, "format"));
        }
        return null;
    }

    public void reject(String field, String reason) {
        rejected.add(new InvalidRequestException.Rejected(field, reason));
    }

    public void check() {
        if (!rejected.isEmpty()) {
            throw new InvalidRequestException(rejected);
        }
    }
}
