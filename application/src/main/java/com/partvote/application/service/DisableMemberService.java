package com.partvote.application.service;

import com.partvote.application.auth.AccessPolicy;
import com.partvote.application.auth.AuthSettings;
import com.partvote.application.port.in.AdministrationUseCases.DisableMemberUseCase;
import com.partvote.application.port.out.AuditTrailPort;
import com.partvote.application.port.out.MemberAccessPort;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.TokenDenyListPort;
import com.partvote.application.service.AdministrationExceptions.MemberIsAdminException;
import com.partvote.application.service.AdministrationExceptions.MemberNotFoundException;
import com.partvote.domain.audit.AuditEvent;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An admin disables a member (or enables them again): every session ends at once, the member
 * cannot log in, their ballots stay counted, and the trail says who did it. An admin cannot be
 * disabled (revoke the role first), so the club never locks itself out.
 */
public class DisableMemberService implements DisableMemberUseCase {

    private final AccessPolicy access;
    private final MemberAccessPort members;
    private final SessionEnding sessions;
    private final AuditTrailPort trail;
    private final Clock clock;

    public DisableMemberService(AccessPolicy access, MemberAccessPort members, SessionPort sessions,
                                TokenDenyListPort denyList, AuthSettings settings, AuditTrailPort trail, Clock clock) {
        this.access = access;
        this.members = members;
        this.sessions = new SessionEnding(sessions, denyList, settings);
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public MemberAccess setDisabled(MemberId actor, MemberId member, boolean disabled) {
        MemberAccess admin = access.requireAdmin(actor);
        MemberAccess before = members.findAccess(member).map(access::withConfiguration)
                .orElseThrow(() -> new MemberNotFoundException(member));
        if (disabled && before.isAdmin()) {
            throw new MemberIsAdminException();
        }
        Instant now = clock.instant();
        members.setDisabled(member, disabled ? now : null);
        List<?> ended = disabled ? sessions.endAll(member, Optional.empty(), now) : List.of();
        MemberAccess after = access.access(member);
        trail.append(new AuditEvent(now, ElectionAudit.actor(admin), disabled ? "MEMBER_DISABLED" : "MEMBER_ENABLED",
                null, "member " + member.value(), Map.of("disabled", Boolean.toString(before.disabled())),
                Map.of("disabled", Boolean.toString(after.disabled()), "sessions_ended", Integer.toString(ended.size()))));
        return after;
    }
}
