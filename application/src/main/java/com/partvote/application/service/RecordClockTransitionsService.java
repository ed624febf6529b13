package com.partvote.application.service;

import com.partvote.application.port.in.AdministrationUseCases.RecordClockTransitionsUseCase;
import com.partvote.application.port.out.AuditTrailPort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.domain.audit.Actor;
import com.partvote.domain.audit.AuditEvent;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.Stage;
import com.partvote.domain.election.VotingWindow;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The state changes nobody clicks: a scheduled election opening and closing with its window. Run
 * every few seconds; each transition is written once (subject: the instant it happened), by
 * whichever instance sees it first.
 */
public class RecordClockTransitionsService implements RecordClockTransitionsUseCase {

    private final LoadElectionPort elections;
    private final AuditTrailPort trail;
    private final Clock clock;

    public RecordClockTransitionsService(LoadElectionPort elections, AuditTrailPort trail, Clock clock) {
        this.elections = elections;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public int recordClockTransitions() {
        Instant now = clock.instant();
        int written = 0;
        for (Election e : elections.allElections()) {
            if (e.stage() != Stage.SCHEDULED || e.window() == null) {
                continue;
            }
            VotingWindow w = e.window();
            if (w.hasOpened(now) && once(e, "OPENED", w.opensAt(), "SCHEDULED", "OPEN")) {
                written++;
            }
            if (w.hasClosed(now) && once(e, "CLOSED", w.closesAt(), "OPEN", "CLOSED")) {
                written++;
            }
        }
        return written;
    }

    private boolean once(Election e, String action, Instant at, String from, String to) {
        return trail.appendOnce(new AuditEvent(at, Actor.CLOCK, "ELECTION_" + action, e.id(), ElectionAudit.transitionSubject(at),
                Map.of("state", from), Map.of("state", to)));
    }
}
