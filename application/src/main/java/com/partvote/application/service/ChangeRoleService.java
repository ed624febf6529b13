package com.partvote.application.service;

import com.partvote.application.auth.AccessPolicy;
import com.partvote.application.port.in.AdministrationUseCases.ChangeRoleUseCase;
import com.partvote.application.port.out.AuditTrailPort;
import com.partvote.application.port.out.MemberAccessPort.RoleChange;
import com.partvote.application.port.out.MemberAccessPort;
import com.partvote.application.service.AdministrationExceptions.ConfiguredAdminException;
import com.partvote.application.service.AdministrationExceptions.LastAdminException;
import com.partvote.application.service.AdministrationExceptions.MemberNotFoundException;
import com.partvote.domain.audit.AuditEvent;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Role;
import java.time.Clock;
import java.util.Map;

/** An admin grants or revokes the ADMIN role; the store refuses to remove the last admin, under a lock. */
public class ChangeRoleService implements ChangeRoleUseCase {

    private final AccessPolicy access;
    private final MemberAccessPort members;
    private final AuditTrailPort trail;
    private final Clock clock;

    public ChangeRoleService(AccessPolicy access, MemberAccessPort members, AuditTrailPort trail, Clock clock) {
        this.access = access;
        this.members = members;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public MemberAccess changeRole(MemberId actor, MemberId member, Role role) {
        MemberAccess admin = access.requireAdmin(actor);
        MemberAccess before = members.findAccess(member).map(access::withConfiguration)
                .orElseThrow(() -> new MemberNotFoundException(member));
        if (role == Role.MEMBER && before.configuredAdmin()) {
            throw new ConfiguredAdminException();
        }
        if (role == Role.ADMIN) {
            members.grantAdmin(member);
        } else {
            RoleChange change = members.revokeAdmin(member, access.configuredAdmins());
            if (change == RoleChange.LAST_ADMIN) {
                throw new LastAdminException();
            }
        }
        MemberAccess after = access.access(member);
        if (after.role() != before.role()) {
            trail.append(new AuditEvent(clock.instant(), ElectionAudit.actor(admin), "ROLE_CHANGED", null,
                    "member " + member.value(), Map.of("role", before.role().name()), Map.of("role", after.role().name())));
        }
        return after;
    }
}
