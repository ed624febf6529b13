package com.partvote.application.port.out;

import com.partvote.domain.member.Email;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Members as access decisions see them (stored role, disabled or not), always read fresh so that a
 * change takes effect on the member's next request. {@code configuredAdmin} is left false: the
 * application knows the configuration.
 */
public interface MemberAccessPort {

    Optional<MemberAccess> findAccess(MemberId member);

    /** Every member, by id. */
    List<MemberAccess> allMembers();

    /** Stores the ADMIN role. Returns false when the member does not exist. */
    boolean grantAdmin(MemberId member);

    /**
     * Stores the MEMBER role unless that would leave no enabled admin, counting the stored ones and
     * the enabled members whose email is in {@code configuredAdmins}. Decided under a lock on the
     * admins' rows, so that two admins revoking each other at once cannot both succeed.
     */
    RoleChange revokeAdmin(MemberId member, Set<Email> configuredAdmins);

    /**
     * Disables the member ({@code at}) or enables them again ({@code null}), locking their row so
     * that a login under way either finishes first or sees it. Returns false when the member does not exist.
     */
    boolean setDisabled(MemberId member, Instant at);

    enum RoleChange { CHANGED, NO_SUCH_MEMBER, LAST_ADMIN }
}
