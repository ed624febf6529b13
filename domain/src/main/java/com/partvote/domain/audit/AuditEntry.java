package com.partvote.domain.audit;

import java.util.Objects;

/** An event as the trail holds it, numbered in the order it was appended. */
public record AuditEntry(long seq, AuditEvent event) {

    public AuditEntry {
        Objects.requireNonNull(event, "event");
    }
}
