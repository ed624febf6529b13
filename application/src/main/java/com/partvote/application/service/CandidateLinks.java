package com.partvote.application.service;

import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.member.Member;
import java.util.Collection;

/**
 * The one rule that links a candidate to a member: a choice declared for an email (the club
 * file's {@code email:}, an admin's draft) is the member with that email, whichever of the two
 * came first. The stores only keep the link they are given; they keep it while the declared email
 * stays, and drop it when it changes.
 */
public final class CandidateLinks {

    private CandidateLinks() {
    }

    /** After choices were stored: each one declared for the email of an existing member is that member. */
    public static void linkDeclared(Collection<ChoiceProfile> stored, LoadMemberPort members,
                                    SaveElectionPort elections) {
        stored.stream().flatMap(p -> p.declaredMemberEmail().stream()).distinct()
                .forEach(email -> members.findMemberByEmail(email).ifPresent(member -> linkNewMember(member, elections)));
    }

    /** After a member signed up: the choices declared for their email before they existed are theirs. */
    public static void linkNewMember(Member member, SaveElectionPort elections) {
        elections.linkChoicesTo(member.email(), member.id());
    }
}
