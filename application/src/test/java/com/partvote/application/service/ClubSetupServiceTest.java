package com.partvote.application.service;

import static com.partvote.domain.fixtures.ElectionBuilder.anElection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.partvote.application.port.in.SetUpClubUseCase.ClubSetup;
import com.partvote.application.port.in.SetUpClubUseCase.ElectionSetup;
import com.partvote.application.port.out.ClubTeamsPort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.application.port.out.SaveElectionPort.UpsertCounts;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionSpec;
import com.partvote.domain.member.Team;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ClubSetupServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    @Mock ClubTeamsPort teams;
    @Mock LoadElectionPort stored;
    @Mock SaveElectionPort elections;
    @Mock LoadMemberPort members;

    private ClubSetupService service() {
        when(elections.saveElection(any(), any())).thenAnswer(inv -> ((ElectionSpec) inv.getArgument(0))
                .withId(new com.partvote.domain.election.ElectionId(5)));
        when(elections.upsertChoices(any(), any(), any())).thenReturn(new UpsertCounts(0, 0, 0));
        return new ClubSetupService(teams, stored, elections, members, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ElectionSpec spec(Election e) {
        return new ElectionSpec(e.slug(), e.title(), e.kind(), e.stage(), e.window(), e.results(), e.rules(), e.part());
    }

    @Test
    void anElectionOpeningOnFirstLoadKeepsTheOpeningItGotThen() {
        Election before = anElection().withSlug("fe-leader").openingAt(Instant.parse("2026-01-01T00:00:00Z")).build();
        when(stored.findElectionBySlug(before.slug())).thenReturn(Optional.of(before));
        ElectionSpec declared = spec(anElection().withSlug("fe-leader").openingAt(NOW).build());

        service().setUpClub(new ClubSetup(List.of(), List.of(new ElectionSetup(declared, true, Map.of()))));

        ArgumentCaptor<ElectionSpec> saved = ArgumentCaptor.forClass(ElectionSpec.class);
        verify(elections).saveElection(saved.capture(), eq(NOW));
        assertThat(saved.getValue().window().opensAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void aTeamsElectionChoosesBetweenTheClubsTeams() {
        List<Team> club = List.of(new Team("포켓돈"), new Team("파운더"));
        ElectionSpec demo = spec(anElection().withSlug("demo-day").ofTeams().withRules("NOT_OWN_TEAM").build());

        service().setUpClub(new ClubSetup(club, List.of(new ElectionSetup(demo, false, Map.of()))));

        verify(teams).saveTeams(club);
        verify(elections).upsertChoices(any(), eq(Map.of("team:포켓돈", ChoiceProfile.ofTeam(new Team("포켓돈")),
                "team:파운더", ChoiceProfile.ofTeam(new Team("파운더")))), eq(NOW));
    }
}
