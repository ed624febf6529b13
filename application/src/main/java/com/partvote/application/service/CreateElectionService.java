package com.partvote.application.service;

import com.partvote.application.auth.AccessPolicy;
import com.partvote.application.port.in.ManageElectionUseCases.CreateElectionUseCase;
import com.partvote.application.port.out.AuditTrailPort;
import com.partvote.application.port.out.ClubTeamsPort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.election.ChoiceKind;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionSpec;
import com.partvote.domain.election.Stage;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Team;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An admin creates an election in DRAFT; a TEAMS election's choices are the club's teams. */
public class CreateElectionService implements CreateElectionUseCase {

    private final AccessPolicy access;
    private final SaveElectionPort elections;
    private final LoadMemberPort members;
    private final ClubTeamsPort teams;
    private final ElectionAudit audit;
    private final Clock clock;

    public CreateElectionService(AccessPolicy access, SaveElectionPort elections, LoadMemberPort members,
                                 ClubTeamsPort teams, AuditTrailPort trail, Clock clock) {
        this.access = access;
        this.elections = elections;
        this.members = members;
        this.teams = teams;
        this.audit = new ElectionAudit(trail);
        this.clock = clock;
    }

    @Override
    public Election create(MemberId actor, ElectionSpec spec, Map<String, ChoiceProfile> choicesByKey) {
        MemberAccess admin = access.requireAdmin(actor);
        Instant now = clock.instant();
        if (spec.stage() != Stage.DRAFT) {
            throw new InvalidValueException("stage", "format", "a new election starts as a DRAFT");
        }
        Election created = elections.createElection(spec, now);
        Map<String, ChoiceProfile> choices = choicesFor(spec.kind(), choicesByKey, teams);
        elections.replaceChoices(created.id(), choices, now);
        CandidateLinks.linkDeclared(choices.values(), members, elections);
        audit.record(now, admin, "ELECTION_CREATED", null, created);
        return created;
    }

    /** The choices of an election of this kind: the club's teams for TEAMS, the given ones otherwise. */
    static Map<String, ChoiceProfile> choicesFor(ChoiceKind kind, Map<String, ChoiceProfile> given, ClubTeamsPort teams) {
        if (kind != ChoiceKind.TEAMS) {
            return given;
        }
        Map<String, ChoiceProfile> choices = new LinkedHashMap<>();
        for (Team team : teams.teams()) {
            choices.put("team:" + team.name(), ChoiceProfile.ofTeam(team));
        }
        return choices;
    }
}
