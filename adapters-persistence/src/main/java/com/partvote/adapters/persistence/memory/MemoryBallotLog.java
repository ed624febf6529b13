package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.BallotLogPort;
import com.partvote.application.port.out.TreeHeadSigner;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.log.BallotChange;
import com.partvote.domain.log.BallotTracker;
import com.partvote.domain.log.Hash;
import com.partvote.domain.log.LogEntry;
import com.partvote.domain.log.PublishedEntry;
import com.partvote.domain.log.SignedTreeHead;
import com.partvote.domain.log.TreeFrontier;
import com.partvote.domain.log.TreeHead;
import com.partvote.domain.member.MemberId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The ballot log in memory. {@link MemoryBallotAdapter} appends under its own write lock, so a
 * change and its entry are one step and changes are recorded in the order they were decided; the
 * log's monitor guards its lists, and one sequencer lock stands for the database's advisory lock.
 */
class MemoryBallotLog implements BallotLogPort {

    private record TrackerKey(ElectionId election, MemberId member) {
    }

    /** One election's log: pending changes in the order recorded, the sequenced entries, the heads. */
    private static final class Log {
        final List<BallotChange> pending = new ArrayList<>();
        final List<PublishedEntry> entries = new ArrayList<>();
        final List<SignedTreeHead> heads = new ArrayList<>();
        /** Each tracker's latest change: the index in entries, or -1 - its place in pending. */
        final Map<BallotTracker, Long> latest = new HashMap<>();
        TreeFrontier frontier = TreeFrontier.empty();
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<TrackerKey, BallotTracker> trackers = new ConcurrentHashMap<>();
    private final Map<ElectionId, Log> logs = new HashMap<>(); // guarded by this
    private final ReentrantLock sequencer = new ReentrantLock();

    MemoryBallotLog(Clock clock) {
        this.clock = clock;
    }

    /** Records a change of the voter's sheet: its choices after it (none for a withdrawal). */
    void append(ElectionId election, MemberId voter, Collection<ChoiceId> choices, Instant at) {
        BallotTracker tracker = trackers.computeIfAbsent(new TrackerKey(election, voter), k -> BallotTracker.random(random));
        synchronized (this) {
            Log log = logs.computeIfAbsent(election, e -> new Log());
            log.pending.add(BallotChange.of(election, tracker, choices, at));
            log.latest.put(tracker, -(long) log.pending.size());
        }
    }

    @Override
    public Optional<BallotTracker> trackerOf(ElectionId election, MemberId member) {
        return Optional.ofNullable(trackers.get(new TrackerKey(election, member)));
    }

    @Override
    public synchronized Optional<RecordedChange> latestChange(ElectionId election, BallotTracker tracker) {
        Log log = logs.get(election);
        Long at = log == null ? null : log.latest.get(tracker);
        if (at == null) {
            return Optional.empty();
        }
        if (at < 0) {
            BallotChange change = log.pending.get((int) (-at - 1));
            return Optional.of(new RecordedChange(tracker, change.choices(), change.at(), OptionalLong.empty()));
        }
        LogEntry entry = log.entries.get(at.intValue()).entry();
        return Optional.of(new RecordedChange(tracker, entry.choices(), entry.at(), OptionalLong.of(at)));
    }

    @Override
    public synchronized List<PublishedEntry> entries(ElectionId election, long from, int limit) {
        Log log = logs.get(election);
        if (log == null || from >= log.entries.size()) {
            return List.of();
        }
        return List.copyOf(log.entries.subList((int) from, (int) Math.min(log.entries.size(), from + limit)));
    }

    @Override
    public synchronized List<Hash> leafHashes(ElectionId election, long size) {
        Log log = logs.get(election);
        if (log == null) {
            return List.of();
        }
        return log.entries.subList(0, (int) Math.min(size, log.entries.size())).stream().map(PublishedEntry::leafHash).toList();
    }

    @Override
    public synchronized List<SignedTreeHead> heads(ElectionId election) {
        Log log = logs.get(election);
        return log == null ? List.of() : List.copyOf(log.heads);
    }

    @Override
    public synchronized Optional<SignedTreeHead> latestHead(ElectionId election) {
        Log log = logs.get(election);
        return log == null || log.heads.isEmpty() ? Optional.empty() : Optional.of(log.heads.get(log.heads.size() - 1));
    }

    @Override
    public synchronized List<ElectionId> withPendingChanges() {
        return logs.entrySet().stream().filter(e -> !e.getValue().pending.isEmpty()).map(Map.Entry::getKey)
                .sorted((a, b) -> Long.compare(a.value(), b.value())).toList();
    }

    @Override
    public Optional<SignedTreeHead> sequence(ElectionId election, Sequencing how, TreeHeadSigner signer) {
        if (how != Sequencing.IF_IDLE) {
            sequencer.lock();
        } else if (!sequencer.tryLock()) {
            return Optional.empty();
        }
        try {
            List<BallotChange> taken;
            TreeFrontier frontier;
            synchronized (this) {
                Log log = logs.computeIfAbsent(election, e -> new Log());
                if (log.pending.isEmpty() && !log.heads.isEmpty() && how != Sequencing.CLOSING) {
                    return Optional.empty();
                }
                taken = List.copyOf(log.pending);
                frontier = log.frontier;
            }
            // hashing and signing outside the monitor: votes keep being recorded meanwhile
            List<PublishedEntry> sequenced = new ArrayList<>(taken.size());
            for (BallotChange change : taken) {
                LogEntry entry = change.at(frontier.size());
                sequenced.add(new PublishedEntry(entry, entry.leafHash()));
                frontier = frontier.append(entry.leafHash());
            }
            SignedTreeHead head = signer.sign(new TreeHead(election, frontier.size(), frontier.root(), clock.instant()));
            synchronized (this) {
                Log log = logs.get(election);
                log.pending.subList(0, taken.size()).clear();
                for (PublishedEntry p : sequenced) {
                    log.entries.add(p);
                    log.latest.put(p.entry().tracker(), p.index());
                }
                // changes recorded meanwhile moved up the pending list by as many places
                for (int i = 0; i < log.pending.size(); i++) {
                    log.latest.put(log.pending.get(i).tracker(), -(long) (i + 1));
                }
                log.frontier = frontier;
                log.heads.add(head);
            }
            return Optional.of(head);
        } finally {
            sequencer.unlock();
        }
    }
}
