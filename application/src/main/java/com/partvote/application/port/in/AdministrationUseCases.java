package com.partvote.application.port.in;

import com.partvote.domain.audit.AuditEntry;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Role;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The admin's other acts: the audit trail, the members and their roles. */
public final class AdministrationUseCases {

    private AdministrationUseCases() {
    }

    /** The audit trail, newest first, of one election or all, in pages. */
    public interface ViewAuditTrailUseCase {
        List<AuditEntry> audit(MemberId actor, Optional<ElectionRef> election, OptionalLong beforeSeq, int limit);
    }

    /**
     * The caller's own role in effect (stored or by configuration) and whether the account is
     * disabled: what a page needs to show or hide the admin's menu. Refuses a token naming nobody.
     */
    public interface ViewAccessUseCase {
        MemberAccess access(MemberId member);
    }

    /** Every member with their role in effect. */
    public interface ListMembersUseCase {
        List<MemberAccess> members(MemberId actor);
    }

    /** Grants or revokes ADMIN; never removes the last admin (409 LAST_ADMIN). */
    public interface ChangeRoleUseCase {
        MemberAccess changeRole(MemberId actor, MemberId member, Role role);
    }

    /** Disables a member (sessions end at once, no login, ballots stay counted) or enables them again. */
    public interface DisableMemberUseCase {
        MemberAccess setDisabled(MemberId actor, MemberId member, boolean disabled);
    }

    /** Writes the clock's transitions (an election opening or closing on time) to the audit trail, once each. */
    public interface RecordClockTransitionsUseCase {
        int recordClockTransitions();
    }
}
