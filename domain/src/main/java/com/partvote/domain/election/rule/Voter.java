package com.partvote.domain.election.rule;

import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Team;
import java.util.Objects;
import java.util.Optional;

/** A member as the ballot rules see them: who, which part, which team (if any). */
public record Voter(MemberId id, Part part, Team team) {

    public Voter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(part, "part");
    }

    public static Voter of(Member member) {
        return new Voter(member.id(), member.part(), member.teamIfAny().orElse(null));
    }

    public Optional<Team> teamIfAny() {
        return Optional.ofNullable(team);
    }
}
