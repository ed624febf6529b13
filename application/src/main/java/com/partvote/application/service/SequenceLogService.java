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
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives recorded changes their place in the log and signs heads over it. The clock calls it every
 * second or so; a close and a publication call the log directly ({@link PublicationCheck}). Besides
 * the elections with pending changes, the clock finds: an election that has opened without a head
 * (it gets one over its empty log, so its log can be followed from the start), and one that has
 * closed without a head signed since (closed by the clock: it gets its closing head, which tells a
 * verifier the log is complete).
 */
public class SequenceLogService implements SequenceLogUseCase {

    private final BallotLogPort log;
    private final LoadElectionPort elections;
    private final TreeHeadSigner signer;
    private final Clock clock;
    /** Elections known to need nothing but their pending changes: one entry per election, never removed. */
    private final Set<ElectionId> settled = ConcurrentHashMap.newKeySet();

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
            if (!settled.contains(e.id()) && needs(e, now).isPresent()) {
                due.add(e.id());
            }
        }
        return List.copyOf(due);
    }

    @Override
    public Optional<SignedTreeHead> sequence(ElectionId id) {
        Optional<Election> election = elections.findElection(id);
        Sequencing how = election.flatMap(e -> needs(e, clock.instant())).orElse(Sequencing.IF_IDLE);
        return log.sequence(id, how, signer);
    }

    /**
     * What the election still needs besides its pending changes: a first head (NOW) once open, a
     * closing head (CLOSING) once closed; nothing once it has them (remembered).
     */
    private Optional<Sequencing> needs(Election e, Instant now) {
        ElectionState state = e.state(now);
        boolean open = state == ElectionState.OPEN;
        boolean over = state == ElectionState.CLOSED || state == ElectionState.PUBLISHED;
        if (!open && !over) {
            return Optional.empty();
        }
        Optional<SignedTreeHead> latest = log.latestHead(e.id());
        if (open) {
            return latest.isPresent() ? Optional.empty() : Optional.of(Sequencing.NOW);
        }
        Instant closed = e.windowIfSet().flatMap(w -> w.closes()).map(t -> t.truncatedTo(ChronoUnit.MILLIS)).orElse(Instant.MIN);
        if (latest.isPresent() && !latest.get().head().at().isBefore(closed)) {
            settled.add(e.id());
            return Optional.empty();
        }
        return Optional.of(Sequencing.CLOSING);
    }
}
