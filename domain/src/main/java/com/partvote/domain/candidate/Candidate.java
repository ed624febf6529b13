package com.partvote.domain.candidate;

import com.partvote.domain.ballot.SelfVoteException;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Part;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered candidate. When the candidate is also a member (linked through the email in
 * its profile), that member may not vote for it.
 */
public record Candidate(CandidateId id, CandidateProfile profile, MemberId memberId,
                        Instant createdAt, Instant updatedAt) {

    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public String name() {
        return profile.name();
    }

    public Part part() {
        return profile.part();
    }

    public Optional<MemberId> member() {
        return Optional.ofNullable(memberId);
    }

    /** True when this candidate is the given member. */
    public boolean isMember(MemberId voter) {
        return memberId != null && memberId.equals(voter);
    }

    /** The rule "never for yourself": throws when the voter is this candidate. */
    public void admitVoter(MemberId voter) {
        if (isMember(voter)) {
            throw new SelfVoteException(voter, id);
        }
    }

    public Candidate linkedTo(MemberId member) {
        return new Candidate(id, profile, member, createdAt, updatedAt);
    }
}
