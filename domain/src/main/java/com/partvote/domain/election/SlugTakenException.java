package com.partvote.domain.election;

import com.partvote.domain.DomainException;

/** Another election already has this slug (slugs name elections in URLs, so they are unique). */
public class SlugTakenException extends DomainException {

    public SlugTakenException(Slug slug) {
        super("SLUG_TAKEN", "an election with slug " + slug.value() + " exists");
    }
}
