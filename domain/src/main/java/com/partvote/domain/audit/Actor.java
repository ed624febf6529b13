package com.partvote.domain.audit;

import com.partvote.domain.member.MemberId;
import java.util.Objects;
import java.util.Optional;

/** Who did what the audit trail records: a member (by id, with their name then), or the system. */
public record Actor(MemberId member, String name) {

    /** An election opening or closing on time. */
    public static final Actor CLOCK = new Actor(null, "clock");

    public Actor {
        Objects.requireNonNull(name, "name");
    }

    public static Actor member(MemberId id, String name) {
        return new Actor(Objects.requireNonNull(id, "id"), name);
    }

    public Optional<MemberId> memberIfAny() {
        return Optional.ofNullable(member);
    }
}
