package com.partvote.application.service;

import com.partvote.application.port.in.SetUpClubUseCase;
import com.partvote.application.port.out.ClubTeamsPort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.application.port.out.SaveElectionPort.UpsertCounts;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.election.ChoiceKind;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionSpec;
import com.partvote.domain.election.VotingWindow;
import com.partvote.domain.member.Team;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Registers the club file: teams first, then each election and its choices; idempotent, never deletes. */
public class ClubSetupService implements SetUpClubUseCase {

    private final ClubTeamsPort teams;
    private final LoadElectionPort stored;
    private final SaveElectionPort elections;
    private final LoadMemberPort members;
    private final Clock clock;

    public ClubSetupService(ClubTeamsPort teams, LoadElectionPort stored, SaveElectionPort elections,
                            LoadMemberPort members, Clock clock) {
        this.teams = teams;
        this.stored = stored;
        this.elections = elections;
        this.members = members;
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
            Election election = elections.saveElection(withOpening(setup, now), now);
            Map<String, ChoiceProfile> choices = new LinkedHashMap<>(setup.choicesByKey());
            if (election.kind() == ChoiceKind.TEAMS) {
                for (Team team : club.teams()) {
                    choices.put("team:" + team.name(), ChoiceProfile.ofTeam(team));
                }
            }
            UpsertCounts counts = elections.upsertChoices(election.id(), choices, now);
            CandidateLinks.linkDeclared(choices.values(), members, elections);
            added += counts.inserted();
            updated += counts.updated();
            unchanged += counts.unchanged();
        }
        return new SetUpReport(club.elections().size(), added, updated, unchanged);
    }

    /** An election the file opens "on first load" keeps the opening it got then. */
    private ElectionSpec withOpening(ElectionSetup setup, Instant now) {
        ElectionSpec spec = setup.election();
        if (!setup.opensOnFirstLoad() || spec.window() == null) {
            return spec;
        }
        Instant opens = stored.findElectionBySlug(spec.slug()).flatMap(Election::windowIfSet)
                .map(VotingWindow::opensAt).orElse(now);
        Instant closes = spec.window().closesAt();
        VotingWindow window = closes != null && !closes.isAfter(opens) ? spec.window() : new VotingWindow(opens, closes);
        return new ElectionSpec(spec.slug(), spec.title(), spec.kind(), spec.stage(), window, spec.results(), spec.rules(),
                spec.part());
    }
}
