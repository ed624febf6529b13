package com.partvote.domain.choice;

import com.partvote.domain.election.ElectionId;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Team;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One option on an election's ballot: a person (a candidate, possibly linked to the member who
 * is that person, through the email in its profile) or one of the club's teams.
 */
public record Choice(ChoiceId id, ElectionId election, ChoiceProfile profile, MemberId memberId,
                     Instant createdAt, Instant updatedAt) {

    public Choice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public String name() {
        return profile.name();
    }

    public Optional<Part> part() {
        return Optional.ofNullable(profile.part());
    }

    public Optional<Team> team() {
        return Optional.ofNullable(Team.orNone(profile.team()));
    }

    /** The member who is this candidate, once they have an account. */
    public Optional<MemberId> member() {
        return Optional.ofNullable(memberId);
    }

    /** True when this choice is the given member (a candidate linked to that member's account). */
    public boolean isTheMember(MemberId member) {
        return memberId != null && memberId.equals(member);
    }

    public Choice linkedTo(MemberId member) {
        return new Choice(id, election, profile, member, createdAt, updatedAt);
    }
}
