package com.partvote.adapters.persistence.jpa;

import com.partvote.application.port.out.LoadCandidatePort;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Candidates are read on every vote and change only when the candidate file is loaded or a
 * candidate's member signs up, so votes read them from a snapshot that is at most
 * {@code maxAge} old (and re-read at once for an id it does not know, which may be new). A stale
 * snapshot cannot let a wrong ballot in: the ballot's foreign key refuses an unknown candidate
 * and the trigger {@code ballot_not_self} re-checks the self-vote rule against the current link.
 */
class CandidateCache implements LoadCandidatePort {

    private final SqlCandidateAdapter store;
    private final long maxAgeNanos;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Long.MIN_VALUE);

    CandidateCache(SqlCandidateAdapter store, Duration maxAge) {
        this.store = store;
        this.maxAgeNanos = maxAge.toNanos();
    }

    private record Snapshot(Map<ChoiceId, Choice> byId, long loadedAt) {
    }

    @Override
    public Optional<Choice> findCandidate(ChoiceId id) {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current.loadedAt() == Long.MIN_VALUE || now - current.loadedAt() > maxAgeNanos
                || !current.byId().containsKey(id)) {
            current = reload(now);
        }
        return Optional.ofNullable(current.byId().get(id));
    }

    private Snapshot reload(long now) {
        List<Choice> all = store.loadAllCandidates();
        Map<ChoiceId, Choice> byId = new HashMap<>(all.size() * 2);
        all.forEach(c -> byId.put(c.id(), c));
        Snapshot fresh = new Snapshot(Map.copyOf(byId), now);
        snapshot = fresh;
        return fresh;
    }
}
