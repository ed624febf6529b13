package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.AuditTrailPort;
import com.partvote.application.port.out.MemberAccessPort;
import com.partvote.domain.audit.AuditEntry;
import com.partvote.domain.audit.AuditEvent;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Roles and the audit trail in memory; one monitor decides role changes, as the database's lock does. */
class MemoryAdministration implements MemberAccessPort, AuditTrailPort {

    private final MemoryMemberAdapter members;
    private final Map<MemberId, Role> roles = new ConcurrentHashMap<>();
    private final Map<MemberId, Instant> disabled = new ConcurrentHashMap<>();
    private final List<AuditEntry> trail = new ArrayList<>(); // guarded by this

    MemoryAdministration(MemoryMemberAdapter members) {
        this.members = members;
    }

    @Override
    public Optional<MemberAccess> findAccess(MemberId member) {
        return members.findMember(member).map(this::access);
    }

    private MemberAccess access(Member m) {
        return new MemberAccess(m.id(), m.name(), m.email(), roles.getOrDefault(m.id(), Role.MEMBER), false,
                disabled.get(m.id()));
    }

    @Override
    public synchronized boolean setDisabled(MemberId member, Instant at) {
        if (members.findMember(member).isEmpty()) {
            return false;
        }
        if (at == null) {
            disabled.remove(member);
        } else {
            disabled.put(member, at);
        }
        return true;
    }

    @Override
    public List<MemberAccess> allMembers() {
        return members.allMembers().stream().sorted(Comparator.comparingLong(m -> m.id().value())).map(this::access).toList();
    }

    @Override
    public synchronized boolean grantAdmin(MemberId member) {
        if (members.findMember(member).isEmpty()) {
            return false;
        }
        roles.put(member, Role.ADMIN);
        return true;
    }

    @Override
    public synchronized RoleChange revokeAdmin(MemberId member, Set<Email> configuredAdmins) {
        if (members.findMember(member).isEmpty()) {
            return RoleChange.NO_SUCH_MEMBER;
        }
        boolean another = allMembers().stream().anyMatch(m -> !m.id().equals(member)
                && (m.storedRole() == Role.ADMIN || configuredAdmins.contains(m.email())));
        if (!another) {
            return RoleChange.LAST_ADMIN;
        }
        roles.put(member, Role.MEMBER);
        return RoleChange.CHANGED;
    }

    @Override
    public synchronized void append(AuditEvent event) {
        trail.add(new AuditEntry(trail.size() + 1L, event));
    }

    @Override
    public synchronized boolean appendOnce(AuditEvent event) {
        boolean seen = trail.stream().map(AuditEntry::event).anyMatch(e -> Objects.equals(e.election(), event.election())
                && e.action().equals(event.action()) && Objects.equals(e.subject(), event.subject()));
        if (!seen) {
            append(event);
        }
        return !seen;
    }

    @Override
    public synchronized List<AuditEntry> page(Optional<ElectionId> election, OptionalLong beforeSeq, int limit) {
        List<AuditEntry> page = new ArrayList<>();
        for (int i = trail.size() - 1; i >= 0 && page.size() < limit; i--) {
            AuditEntry entry = trail.get(i);
            if ((election.isEmpty() || election.equals(entry.event().electionIfAny()))
                    && (beforeSeq.isEmpty() || entry.seq() < beforeSeq.getAsLong())) {
                page.add(entry);
            }
        }
        return page;
    }
}
