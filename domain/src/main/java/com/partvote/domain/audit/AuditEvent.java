package com.partvote.domain.audit;

import com.partvote.domain.election.ElectionId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One administrative act or state change, as it is appended to the audit trail: when, who, what
 * (an action such as {@code ELECTION_CREATED}), on which election and subject, and the facts
 * before and after. Entries are never changed nor deleted.
 */
public record AuditEvent(Instant at, Actor actor, String action, ElectionId election, String subject,
                         Map<String, String> before, Map<String, String> after) {

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        before = before == null ? Map.of() : Map.copyOf(before);
        after = after == null ? Map.of() : Map.copyOf(after);
    }

    public Optional<ElectionId> electionIfAny() {
        return Optional.ofNullable(election);
    }
}
