package com.partvote.application.port.out;

import com.partvote.domain.audit.AuditEntry;
import com.partvote.domain.audit.AuditEvent;
import com.partvote.domain.election.ElectionId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The append-only audit trail: entries are added, read, never changed nor removed (the store refuses it). */
public interface AuditTrailPort {

    /** Appends the event in the transaction of the act it records. */
    void append(AuditEvent event);

    /**
     * Appends an opening or closing unless one with the same election, action and subject (its
     * instant) exists: the admin's step and several instances noticing the clock write it once.
     *
     * @return whether this call wrote it
     */
    boolean appendOnce(AuditEvent event);

    /** Newest first: entries older than {@code beforeSeq} (all when empty), of one election or all, at most {@code limit}. */
    List<AuditEntry> page(Optional<ElectionId> election, OptionalLong beforeSeq, int limit);
}
