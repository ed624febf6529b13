package com.partvote.application.service;

import com.partvote.application.auth.AccessPolicy;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ManageElectionUseCases.Step;
import com.partvote.application.port.in.ManageElectionUseCases.StepElectionUseCase;
import com.partvote.application.port.out.AuditTrailPort;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.domain.election.Election;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An admin's lifecycle step, decided by the election itself on its locked row: a close waits for
 * the votes under way and refuses those after it; a wrong step is ILLEGAL_TRANSITION with the state.
 * Publishing first checks the ballot log against the standings (LOG_MISMATCH), and publishes nothing
 * if they differ.
 */
public class StepElectionService implements StepElectionUseCase {

    private final AccessPolicy access;
    private final AdminElections lookup;
    private final SaveElectionPort elections;
    private final ElectionAudit audit;
    private final Clock clock;
    private final ElectionLogSteps log;

    public StepElectionService(AccessPolicy access, AdminElections lookup, SaveElectionPort elections,
                               AuditTrailPort trail, Clock clock) {
        this(access, lookup, elections, trail, clock, ElectionLogSteps.none());
    }

    /** With the ballot log's steps: a head signed at the close, and the log checked before publishing. */
    public StepElectionService(AccessPolicy access, AdminElections lookup, SaveElectionPort elections,
                               AuditTrailPort trail, Clock clock, ElectionLogSteps log) {
        this.access = access;
        this.lookup = lookup;
        this.elections = elections;
        this.audit = new ElectionAudit(trail);
        this.clock = clock;
        this.log = log;
    }

    @Override
    public Election step(MemberId actor, ElectionRef ref, Step step) {
        MemberAccess admin = access.requireAdmin(actor);
        Election before = lookup.locked(ref);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as the database keeps it
        Election after = switch (step) {
            case SCHEDULE -> before.schedule(now);
            case OPEN -> before.openNow(now);
            case CLOSE -> before.closeNow(now);
            case PUBLISH -> before.publish(now);
        };
        if (step == Step.PUBLISH) {
            log.beforePublishing(before);
        }
        Election stored = elections.updateElection(after, now);
        if (step == Step.CLOSE) {
            log.closed(stored);
        }
        switch (step) {
            case SCHEDULE -> audit.record(now, admin, "ELECTION_SCHEDULED", before, stored);
            case OPEN -> audit.record(now, admin, "ELECTION_OPENED", ElectionAudit.transitionSubject(now), before, stored);
            case CLOSE -> audit.record(now, admin, "ELECTION_CLOSED", ElectionAudit.transitionSubject(now), before, stored);
            case PUBLISH -> audit.record(now, admin, "ELECTION_PUBLISHED", before, stored);
        }
        return stored;
    }
}
