package com.partvote.domain.election;

import com.partvote.domain.DomainException;

/** No election has this id or slug (or the caller may not see it, which reads the same). */
public class ElectionNotFoundException extends DomainException {
    public ElectionNotFoundException(String idOrSlug) {
        super("ELECTION_NOT_FOUND", "no election " + idOrSlug);
    }
}
