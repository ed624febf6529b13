package com.partvote.domain.log;

import java.util.Objects;

/**
 * An entry as the log serves it: its fields and the leaf hash the log says they have. The two are
 * kept apart on purpose, so that a checker can recompute the hash from the fields and compare.
 */
public record PublishedEntry(LogEntry entry, Hash leafHash) {

    public PublishedEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(leafHash, "leafHash");
    }

    public long index() {
        return entry.index();
    }
}
