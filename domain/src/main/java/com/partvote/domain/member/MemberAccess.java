package com.partvote.domain.member;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A member as access decisions see them, read fresh for each decision: the stored role, whether
 * the address is one the configuration names as an admin's, and whether an admin disabled the
 * account.
 */
public record MemberAccess(MemberId id, MemberName name, Email email, Role storedRole, boolean configuredAdmin,
                           Instant disabledAt) {

    public MemberAccess {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(storedRole, "storedRole");
    }

    public boolean disabled() {
        return disabledAt != null;
    }

    /** The role in effect: ADMIN when stored or configured, never for a disabled account. */
    public Role role() {
        return !disabled() && (configuredAdmin || storedRole == Role.ADMIN) ? Role.ADMIN : Role.MEMBER;
    }

    public boolean isAdmin() {
        return role() == Role.ADMIN;
    }

    public Optional<Instant> disabledSince() {
        return Optional.ofNullable(disabledAt);
    }
}
