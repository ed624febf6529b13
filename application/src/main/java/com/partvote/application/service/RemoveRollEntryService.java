package com.partvote.application.service;

import com.partvote.application.auth.AccessPolicy;
import com.partvote.application.port.in.RollExceptions.RollEntryNotFoundException;
import com.partvote.application.port.in.VoterRollUseCases.RemoveRollEntryUseCase;
import com.partvote.application.port.out.AuditTrailPort;
import com.partvote.application.port.out.VoterRollPort;
import com.partvote.domain.audit.AuditEvent;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import java.time.Clock;
import java.util.Map;

/**
 * Removes a roll entry: that email can no longer register (in roll mode). A member who already
 * registered keeps their account and every ballot; to stop them voting, an admin disables them.
 */
public class RemoveRollEntryService implements RemoveRollEntryUseCase {

    private final AccessPolicy access;
    private final VoterRollPort roll;
    private final AuditTrailPort trail;
    private final Clock clock;

    public RemoveRollEntryService(AccessPolicy access, VoterRollPort roll, AuditTrailPort trail, Clock clock) {
        this.access = access;
        this.roll = roll;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public void remove(MemberId actor, String email) {
        MemberAccess admin = access.requireAdmin(actor);
        Email canonical = Email.tryParse(email).orElseThrow(RollEntryNotFoundException::new);
        if (!roll.remove(canonical)) {
            throw new RollEntryNotFoundException();
        }
        trail.append(new AuditEvent(clock.instant(), ElectionAudit.actor(admin), "ROLL_ENTRY_REMOVED", null,
                canonical.value(), Map.of("on_roll", "true"), Map.of("on_roll", "false")));
    }
}
