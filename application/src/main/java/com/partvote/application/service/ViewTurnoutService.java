package com.partvote.application.service;

import com.partvote.application.auth.AccessPolicy;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ElectionReportUseCases.Turnout;
import com.partvote.application.port.in.ElectionReportUseCases.ViewTurnoutUseCase;
import com.partvote.application.port.out.LoadChoicePort;
import com.partvote.application.port.out.LoadVoterPort;
import com.partvote.application.port.out.MemberAccessPort;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.rule.Voter;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who may vote in an election (enabled members for whom at least one choice passes its rules),
 * who has voted and who has not: names and emails, never a choice.
 */
public class ViewTurnoutService implements ViewTurnoutUseCase {

    private final AccessPolicy access;
    private final AdminElections elections;
    private final LoadChoicePort choices;
    private final LoadVoterPort voters;
    private final MemberAccessPort members;
    private final StandingsQueryPort standings;
    private final Clock clock;

    public ViewTurnoutService(AccessPolicy access, AdminElections elections, LoadChoicePort choices, LoadVoterPort voters,
                              MemberAccessPort members, StandingsQueryPort standings, Clock clock) {
        this.access = access;
        this.elections = elections;
        this.choices = choices;
        this.voters = voters;
        this.members = members;
        this.standings = standings;
        this.clock = clock;
    }

    @Override
    public Turnout turnout(MemberId actor, ElectionRef ref) {
        access.requireAdmin(actor);
        Election election = elections.find(ref);
        Instant now = clock.instant();
        List<Choice> onTheBallot = choices.choicesOf(election.id());
        Map<MemberId, MemberAccess> byId = members.allMembers().stream()
                .collect(Collectors.toMap(MemberAccess::id, Function.identity()));
        Set<MemberId> voted = new HashSet<>(standings.votersOf(election.id()));
        List<MemberAccess> haveVoted = new ArrayList<>();
        List<MemberAccess> notYet = new ArrayList<>();
        long eligible = 0;
        for (Voter voter : voters.allVoters()) {
            MemberAccess member = byId.get(voter.id());
            if (member == null) {
                continue;
            }
            if (voted.contains(voter.id())) {
                haveVoted.add(member);
            }
            if (!member.disabled() && election.eligible(voter, onTheBallot)) {
                eligible++;
                if (!voted.contains(voter.id())) {
                    notYet.add(member);
                }
            }
        }
        return new Turnout(election, election.state(now), eligible, haveVoted, notYet, now);
    }
}
