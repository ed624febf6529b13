package com.partvote.adapters.web.page;

import com.partvote.domain.audit.AuditEntry;
import com.partvote.domain.audit.AuditEvent;
import com.partvote.domain.election.ElectionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One entry of the audit trail as a page shows it: who, what, on which election (by its slug,
 * where the page knows it), and only the facts that changed, before and after side by side. The
 * trail's own values are shown as they are stored (times in UTC): it is the record, not a summary.
 */
public record AuditRow(long seq, Instant at, String actor, boolean clock, String action, Long electionId,
                       String election, String subject, List<Change> changes) {

    /** A fact the entry changed; {@code before} is null for a fact that is new. */
    public record Change(String fact, String before, String after) {
    }

    /** The rows of these entries, naming each election by its slug from {@code slugs} (by id). */
    static List<AuditRow> of(List<AuditEntry> entries, Map<Long, String> slugs) {
        return entries.stream().map(e -> of(e, slugs)).toList();
    }

    private static AuditRow of(AuditEntry entry, Map<Long, String> slugs) {
        AuditEvent e = entry.event();
        Long election = e.electionIfAny().map(ElectionId::value).orElse(null);
        return new AuditRow(entry.seq(), e.at(), e.actor().name(), e.actor().memberIfAny().isEmpty(), e.action(), election,
                election == null ? null : slugs.getOrDefault(election, "#" + election), e.subject(),
                changes(e.before(), e.after()));
    }

    private static List<Change> changes(Map<String, String> before, Map<String, String> after) {
        TreeSet<String> facts = new TreeSet<>(before.keySet());
        facts.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String fact : facts) {
            String b = before.get(fact);
            String a = after.get(fact);
            if (!Objects.equals(a, b)) {
                changes.add(new Change(fact, b, a));
            }
        }
        return changes;
    }
}
