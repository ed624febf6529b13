package com.partvote.application.port.in;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.ElectionNotFoundException;
import com.partvote.domain.election.Slug;

/** How a caller names an election: by its id ({@code 3}) or its slug ({@code fe-leader}). */
public sealed interface ElectionRef {

    record ById(ElectionId id) implements ElectionRef {
    }

    record BySlug(Slug slug) implements ElectionRef {
    }

    /** Reads a path segment; one that can name no election is an {@link ElectionNotFoundException}. */
    static ElectionRef parse(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > Slug.MAX_LENGTH) {
            throw new ElectionNotFoundException(String.valueOf(raw));
        }
        if (raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long id;
            try {
                id = Long.parseLong(raw);
            } catch (NumberFormatException e) {
                throw new ElectionNotFoundException(raw);
            }
            if (id <= 0) {
                throw new ElectionNotFoundException(raw);
            }
            return new ById(new ElectionId(id));
        }
        try {
            return new BySlug(new Slug(raw));
        } catch (InvalidValueException e) {
            throw new ElectionNotFoundException(raw);
        }
    }

    static ElectionRef of(ElectionId id) {
        return new ById(id);
    }
}
