package com.partvote.domain.member;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of the voter roll: a person who may register, with the part and team the club gives
 * them (in roll mode, sign-up takes these from here, not from the form).
 */
public record RollEntry(Email email, MemberName name, Part part, Team team) {

    public RollEntry {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(part, "part");
    }

    public Optional<Team> teamIfAny() {
        return Optional.ofNullable(team);
    }
}
