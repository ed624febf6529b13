package com.partvote.application.port.out;

import com.partvote.domain.election.rule.Voter;
import com.partvote.domain.member.MemberId;
import java.util.List;
import java.util.Optional;

/**
 * A member as the ballot rules see them (part, team), read on every ballot change. An adapter may
 * answer from a copy a bounded moment old (it says how old in its configuration): a member's part
 * and team are set when they join and change only by an operator's act, and nothing a voter does
 * in one request can change them for the next.
 */
public interface LoadVoterPort {

    Optional<Voter> findVoter(MemberId member);

    /** Every member as a voter, read fresh (for turnout: who may vote in an election). */
    List<Voter> allVoters();
}
