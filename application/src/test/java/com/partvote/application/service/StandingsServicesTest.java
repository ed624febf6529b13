package com.partvote.application.service;

import static com.partvote.domain.fixtures.ChoiceBuilder.aChoice;
import static com.partvote.domain.fixtures.ElectionBuilder.anElection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ViewResultsUseCase.Results;
import com.partvote.application.port.in.ViewStandingsUseCase.ElectionStandings;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.LoadVoterPort;
import com.partvote.application.port.out.StandingsQueryPort.Turnout;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ResultsEmbargoedException;
import com.partvote.domain.member.Part;
import com.partvote.domain.tally.ChoiceVotes;
import com.partvote.domain.tally.Standing;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class StandingsServicesTest {

    private static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Mock LoadElectionPort elections;
    @Mock LoadVoterPort members;
    @Mock StandingsQueryPort standings;

    @Test
    void standingsAreRankedByTheTallyRuleWithTheTurnout() {
        Election e = anElection().build();
        Choice a = aChoice().in(e.id()).named("나").build();
        Choice b = aChoice().in(e.id()).named("가").build();
        when(elections.findElection(e.id())).thenReturn(Optional.of(e));
        when(standings.countVotes(e.id())).thenReturn(List.of(new ChoiceVotes(a, 1), new ChoiceVotes(b, 1)));
        when(standings.turnout(e.id())).thenReturn(new Turnout(2, 2));

        ElectionStandings result = new ViewStandingsService(new ElectionLookup(elections, members), standings, CLOCK)
                .standings(ElectionRef.of(e.id()), Optional.empty());

        assertThat(result.standings()).extracting(s -> s.choice().name()).containsExactly("가", "나");
        assertThat(result.standings()).extracting(Standing::rank).containsExactly(1, 1);
        assertThat(List.of(result.ballots(), result.voters())).containsExactly(2L, 2L);
    }

    @Test
    void hiddenStandingsAreRefusedNotEmpty() {
        Election e = anElection().resultsAfterClose().build();
        when(elections.findElection(e.id())).thenReturn(Optional.of(e));
        assertThatThrownBy(() -> new ViewStandingsService(new ElectionLookup(elections, members), standings, CLOCK)
                .standings(ElectionRef.of(e.id()), Optional.empty())).isInstanceOf(ResultsEmbargoedException.class);
    }

    @Test
    void theSeedsPartResultsAreThePartElectionsAddedUp() {
        Election fe = anElection().forPart(Part.FE).build();
        Election be = anElection().forPart(Part.BE).build();
        Choice a = aChoice().in(fe.id()).build();
        when(elections.findElectionForPart(Part.FE)).thenReturn(Optional.of(fe));
        when(elections.findElectionForPart(Part.BE)).thenReturn(Optional.of(be));
        when(standings.countVotes(fe.id())).thenReturn(List.of(new ChoiceVotes(a, 3)));
        when(standings.countVotes(be.id())).thenReturn(List.of());
        when(standings.turnout(fe.id())).thenReturn(new Turnout(3, 3));
        when(standings.turnout(be.id())).thenReturn(new Turnout(4, 2));

        Results results = new PartResultsService(elections, standings, CLOCK).results();

        assertThat(results.standings().get(Part.FE)).extracting(Standing::votes).containsExactly(3L);
        assertThat(results.standings().get(Part.BE)).isEmpty();
        assertThat(List.of(results.ballots(), results.voters())).containsExactly(7L, 5L);
    }
}
