package com.partvote.application.service;

import com.partvote.application.port.in.BallotLogUseCases.SequenceLogUseCase;
import com.partvote.application.port.out.BallotLogPort.Sequencing;
import com.partvote.application.port.out.BallotLogPort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.TreeHeadSigner;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.ElectionState;
import com.partvote.domain.log.SignedTreeHead;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives recorded changes their place in the log and signs heads over it. The clock calls it every
 * second or so; a close and a publication call it directly, so that the head at the close covers
 * every vote and publication checks a complete log. An election that has opened gets its first
 * head (perhaps of an empty log) on the first tick, so that its log can be followed from the start.
 */
public class SequenceLogService implements SequenceLogUseCase {

    private final BallotLogPort log;
    private final LoadElectionPort elections;
    private final TreeHeadSigner signer;
    private final Clock clock;
    /** Elections known to have a head: no need to ask again (one entry per election, never removed). */
    private final Set<ElectionId> started = ConcurrentHashMap.newKeySet();

    public SequenceLogService(BallotLogPort log, LoadElectionPort elections, TreeHeadSigner signer, Clock clock) {
        this.log = log;
        this.elections = elections;
        this.signer = signer;
        this.clock = clock;
    }

    @Override
    public List<ElectionId> due() {
        Set<ElectionId> due = new LinkedHashSet<>(log.withPendingChanges());
        Instant now = clock.instant();
        for (Election e : elections.allElections()) {
            if (started.contains(e.id()) || !hasOpened(e.state(now))) {
                continue;
            }
            if (log.latestHead(e.id()).isPresent()) {
                started.add(e.id());
            } else {
                due.add(e.id());
            }
        }
        return List.copyOf(due);
    }

    private static boolean hasOpened(ElectionState state) {
        return state == ElectionState.OPEN || state == ElectionState.CLOSED || state == ElectionState.PUBLISHED;
    }

    @Override
    public Optional<SignedTreeHead> sequence(ElectionId election, Sequencing how) {
        Optional<SignedTreeHead> head = log.sequence(election, how, signer);
        head.ifPresent(h -> started.add(election));
        return head;
    }
}
