package com.partvote.application.auth;

import com.partvote.application.port.out.MemberAccessPort;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what beyond voting, decided here and nowhere else: an admin is a member whose stored
 * role is ADMIN or whose email the configuration names ({@code PARTVOTE_ADMIN_EMAILS}), and
 * whose account is not disabled. Read fresh on every decision: a role change applies to the
 * member's next request.
 */
public final class AccessPolicy {

    private final MemberAccessPort members;
    private final Set<Email> configuredAdmins;

    public AccessPolicy(MemberAccessPort members, Set<Email> configuredAdmins) {
        this.members = members;
        this.configuredAdmins = Set.copyOf(configuredAdmins);
    }

    public Set<Email> configuredAdmins() {
        return configuredAdmins;
    }

    /** The member with the configuration applied; a token naming nobody does not work. */
    public MemberAccess access(MemberId member) {
        return members.findAccess(member).map(this::withConfiguration)
                .orElseThrow(() -> new AuthenticationFailedException(AuthenticationFailedException.Reason.TOKEN_INVALID));
    }

    public MemberAccess withConfiguration(MemberAccess stored) {
        return new MemberAccess(stored.id(), stored.name(), stored.email(), stored.storedRole(),
                configuredAdmins.contains(stored.email()), stored.disabledAt());
    }

    /** The caller, when they may run elections; otherwise 403 ADMIN_REQUIRED (or ACCOUNT_DISABLED). */
    public MemberAccess requireAdmin(MemberId caller) {
        MemberAccess access = access(caller);
        if (access.disabled()) {
            throw new AccessDeniedException(AccessDeniedException.Reason.ACCOUNT_DISABLED);
        }
        if (!access.isAdmin()) {
            throw new AccessDeniedException(AccessDeniedException.Reason.ADMIN_REQUIRED);
        }
        return access;
    }

    /** Whether this viewer (if any) organises elections: sees drafts and embargoed standings. */
    public boolean isOrganiser(Optional<MemberId> viewer) {
        return viewer.flatMap(members::findAccess).map(this::withConfiguration).map(MemberAccess::isAdmin).orElse(false);
    }
}
