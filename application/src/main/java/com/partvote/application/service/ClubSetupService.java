package com.partvote.application.service;

import com.partvote.application.port.in.SetUpClubUseCase;
import com.partvote.application.port.out.ClubTeamsPort;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.application.port.out.SaveElectionPort.UpsertCounts;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.election.ChoiceKind;
import com.partvote.domain.election.Election;
import com.partvote.domain.member.Team;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Registers the club file: teams first, then each election and its choices; idempotent, never deletes. */
public class ClubSetupService implements SetUpClubUseCase {

    private final ClubTeamsPort teams;
    private final SaveElectionPort elections;
    private final Clock clock;

    public ClubSetupService(ClubTeamsPort teams, SaveElectionPort elections, Clock clock) {
        this.teams = teams;
        this.elections = elections;
        this.clock = clock;
    }

    @Override
    public SetUpReport setUpClub(ClubSetup club) {
        Instant now = clock.instant();
        teams.saveTeams(club.teams());
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (ElectionSetup setup : club.elections()) {
            Election election = elections.saveElection(setup.election(), now);
            Map<String, ChoiceProfile> choices = new LinkedHashMap<>(setup.choicesByKey());
            if (election.kind() == ChoiceKind.TEAMS) {
                for (Team team : club.teams()) {
                    choices.put("team:" + team.name(), ChoiceProfile.ofTeam(team));
                }
            }
            UpsertCounts counts = elections.upsertChoices(election.id(), choices, now);
            added += counts.inserted();
            updated += counts.updated();
            unchanged += counts.unchanged();
        }
        return new SetUpReport(club.elections().size(), added, updated, unchanged);
    }
}
