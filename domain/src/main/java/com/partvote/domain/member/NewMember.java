package com.partvote.domain.member;

import java.util.Objects;

/** A member about to be registered: everything but the identity the store assigns; a team is optional. */
public record NewMember(MemberName name, Email email, Part part, Team team, PasswordHash passwordHash) {
    public NewMember {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    public Member withId(MemberId id) {
        return new Member(id, name, email, part, team, passwordHash);
    }
}
