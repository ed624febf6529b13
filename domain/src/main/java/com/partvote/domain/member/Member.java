package com.partvote.domain.member;

import java.util.Objects;
import java.util.Optional;

/** A registered member of the club, who may log in and vote; a team is optional. */
public record Member(MemberId id, MemberName name, Email email, Part part, Team team, PasswordHash passwordHash) {
    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    public Optional<Team> teamIfAny() {
        return Optional.ofNullable(team);
    }
}
