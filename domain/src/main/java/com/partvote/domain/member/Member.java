package com.partvote.domain.member;

import java.util.Objects;

/** A registered member of the club, who may log in and vote. */
public record Member(MemberId id, MemberName name, Email email, Part part, PasswordHash passwordHash) {
    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }
}
