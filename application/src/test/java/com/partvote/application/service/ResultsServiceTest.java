package com.partvote.application.service;

import static com.partvote.domain.fixtures.CandidateBuilder.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.partvote.application.port.in.ViewResultsUseCase.Results;
import com.partvote.application.port.out.ResultsQueryPort;
import com.partvote.domain.member.Part;
import com.partvote.domain.tally.CandidateVotes;
import com.partvote.domain.tally.Standing;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ResultsServiceTest {

    @Mock ResultsQueryPort query;

    @Test
    void ranksEachPartAndReportsTurnout() {
        when(query.countVotes(Part.FE)).thenReturn(List.of(
                new CandidateVotes(aCandidate().named("오민지").build(), 1),
                new CandidateVotes(aCandidate().named("김채림").build(), 3)));
        when(query.countVotes(Part.BE)).thenReturn(List.of(
                new CandidateVotes(aCandidate().named("백지훈").inPart(Part.BE).build(), 2)));
        when(query.turnout()).thenReturn(new ResultsQueryPort.Turnout(6, 4));

        Results results = new ResultsService(query).results();

        assertThat(results.standings().get(Part.FE)).extracting(s -> s.candidate().name()).containsExactly("김채림", "오민지");
        assertThat(results.standings().get(Part.FE)).extracting(Standing::rank).containsExactly(1, 2);
        assertThat(results.standings().get(Part.BE)).hasSize(1);
        assertThat(results.ballots()).isEqualTo(6);
        assertThat(results.voters()).isEqualTo(4);
    }
}
