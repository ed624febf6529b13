package com.partvote.adapters.persistence.postgres;

import com.partvote.application.port.out.LoadChoicePort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.Slug;
import com.partvote.domain.member.Part;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Elections and choices are read on every vote and change rarely (the club file, an operator's
 * step, a candidate's member signing up), so reads come from a snapshot at most {@code maxAge}
 * old, re-read at once after a write through this instance and for an id it does not know yet.
 * A stale snapshot cannot let a wrong ballot in: the vote statement re-checks the window against
 * the election row, the ballot's foreign key refuses a choice of another election, and the
 * trigger {@code ballot_not_self} re-checks the member link.
 */
class ElectionSnapshot implements LoadElectionPort, LoadChoicePort {

    /** An unknown id re-reads at most this often, so that a flood of made-up ids is no flood of reads. */
    private static final long MISS_INTERVAL_NANOS = Duration.ofMillis(50).toNanos();

    private final SqlElectionAdapter store;
    private final long maxAgeNanos;
    private final long missIntervalNanos;
    private volatile Snapshot snapshot;
    /** Counts invalidations: a re-read that began before one must not install what it read. */
    private final AtomicLong generation = new AtomicLong();

    ElectionSnapshot(SqlElectionAdapter store, Duration maxAge) {
        this.store = store;
        this.maxAgeNanos = maxAge.toNanos();
        this.missIntervalNanos = Math.min(maxAgeNanos, MISS_INTERVAL_NANOS);
        store.onChange(this::invalidate);
    }

    private record Snapshot(Map<ElectionId, Election> elections, Map<ChoiceId, Choice> choices, long loadedAt) {
    }

    void invalidate() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a reader between this write and its commit (the log's sequencer ticks every second)
            // re-reads the rows as they were before it: read again once the write is committed
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        synchronized (generation) {
            generation.incrementAndGet();
            snapshot = null;
        }
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        return s == null || now - s.loadedAt() > maxAgeNanos ? reload(now) : s;
    }

    /** The snapshot, re-read first when it lacks what is asked for and was not read a moment ago. */
    private Snapshot knowing(Predicate<Snapshot> has) {
        Snapshot s = current();
        long now = System.nanoTime();
        return has.test(s) || now - s.loadedAt() < missIntervalNanos ? s : reload(now);
    }

    private Snapshot reload(long now) {
        long seen = generation.get();
        Map<ElectionId, Election> elections = new LinkedHashMap<>();
        store.loadAllElections().forEach(e -> elections.put(e.id(), e));
        Map<ChoiceId, Choice> choices = new LinkedHashMap<>();
        store.loadAllChoices().forEach(c -> choices.put(c.id(), c));
        Snapshot fresh = new Snapshot(elections, choices, now);
        synchronized (generation) {
            if (generation.get() == seen) {
                snapshot = fresh;
            }
        }
        return fresh;
    }

    @Override
    public Optional<Election> findElection(ElectionId id) {
        return Optional.ofNullable(knowing(s -> s.elections().containsKey(id)).elections().get(id));
    }

    @Override
    public Optional<Election> findElectionBySlug(Slug slug) {
        return find(knowing(s -> find(s, e -> e.slug().equals(slug)).isPresent()), e -> e.slug().equals(slug));
    }

    @Override
    public Optional<Election> findElectionForPart(Part part) {
        return find(current(), e -> e.part() == part);
    }

    private static Optional<Election> find(Snapshot s, Predicate<Election> test) {
        return s.elections().values().stream().filter(test).findFirst();
    }

    @Override
    public List<Election> allElections() {
        return List.copyOf(current().elections().values());
    }

    @Override
    public Optional<Choice> findChoice(ChoiceId id) {
        return Optional.ofNullable(knowing(s -> s.choices().containsKey(id)).choices().get(id));
    }

    @Override
    public List<Choice> choicesOf(ElectionId election) {
        return current().choices().values().stream()
                .filter(c -> Objects.equals(c.election(), election)).toList();
    }
}
