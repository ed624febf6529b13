package com.partvote.application.service;

import com.partvote.application.port.out.AuditTrailPort;
import com.partvote.domain.audit.Actor;
import com.partvote.domain.audit.AuditEvent;
import com.partvote.domain.election.Election;
import com.partvote.domain.member.MemberAccess;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** How an election's acts are written to the audit trail: its facts before and after, one vocabulary. */
final class ElectionAudit {

    private final AuditTrailPort trail;

    ElectionAudit(AuditTrailPort trail) {
        this.trail = trail;
    }

    static Actor actor(MemberAccess admin) {
        return Actor.member(admin.id(), admin.name().value());
    }

    void record(Instant at, MemberAccess admin, String action, Election before, Election after) {
        record(at, admin, action, after.slug().value(), before, after);
    }

    /**
     * With its own subject: an opening or closing names the instant it took effect, the subject the
     * clock's record of the same transition would have, so that the trail holds it once.
     */
    void record(Instant at, MemberAccess admin, String action, String subject, Election before, Election after) {
        trail.append(new AuditEvent(at, actor(admin), action, after.id(), subject,
                before == null ? Map.of() : facts(before, at), facts(after, at)));
    }

    /** The subject of an opening or closing: its instant, to the microsecond the database keeps. */
    static String transitionSubject(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).toString();
    }

    static Map<String, String> facts(Election e, Instant at) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("title", e.title());
        facts.put("state", e.state(at).name());
        e.windowIfSet().ifPresent(w -> {
            facts.put("opens_at", w.opensAt().toString());
            facts.put("closes_at", w.closes().map(Instant::toString).orElse(""));
        });
        facts.put("results", e.results().name());
        facts.put("rules", e.rules().toString());
        return facts;
    }
}
