package com.partvote.application.service;

import static com.partvote.domain.fixtures.CandidateBuilder.aCandidate;
import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.partvote.application.port.in.CastVoteUseCase.CastVoteCommand;
import com.partvote.application.port.out.LoadCandidatePort;
import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.domain.ballot.Ballot;
import com.partvote.domain.ballot.DuplicateVoteException;
import com.partvote.domain.ballot.SelfVoteException;
import com.partvote.domain.candidate.Candidate;
import com.partvote.domain.candidate.CandidateId;
import com.partvote.domain.candidate.CandidateNotFoundException;
import com.partvote.domain.member.Member;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class VotingServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");

    @Mock LoadCandidatePort candidates;
    @Mock RecordBallotPort ballots;
    private VotingService service;
    private final Member voter = aMember().build();

    @BeforeEach
    void setUp() {
        service = new VotingService(candidates, ballots, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void recordsTheBallot() {
        Candidate candidate = aCandidate().build();
        when(candidates.findCandidate(candidate.id())).thenReturn(Optional.of(candidate));
        Ballot ballot = service.castVote(new CastVoteCommand(voter.id(), candidate.id()));
        assertThat(ballot).isEqualTo(new Ballot(voter.id(), candidate.id(), NOW));
        verify(ballots).recordBallot(ballot);
    }

    @Test
    void anUnknownCandidateIsNotFound() {
        when(candidates.findCandidate(any())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service.castVote(new CastVoteCommand(voter.id(), new CandidateId(99))))
                .isInstanceOf(CandidateNotFoundException.class);
        verifyNoInteractions(ballots);
    }

    @Test
    void nobodyVotesForThemselves() {
        Candidate self = aCandidate().isMember(voter).build();
        when(candidates.findCandidate(self.id())).thenReturn(Optional.of(self));
        assertThatThrownBy(() -> service.castVote(new CastVoteCommand(voter.id(), self.id())))
                .isInstanceOf(SelfVoteException.class);
        verifyNoInteractions(ballots);
    }

    @Test
    void theStoreDecidesDuplicates() {
        Candidate candidate = aCandidate().build();
        when(candidates.findCandidate(candidate.id())).thenReturn(Optional.of(candidate));
        doThrow(new DuplicateVoteException(voter.id(), candidate.id())).when(ballots).recordBallot(any());
        assertThatThrownBy(() -> service.castVote(new CastVoteCommand(voter.id(), candidate.id())))
                .isInstanceOf(DuplicateVoteException.class);
    }
}
