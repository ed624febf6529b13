package com.partvote.application.service;

import static com.partvote.domain.fixtures.ChoiceBuilder.aChoice;
import static com.partvote.domain.fixtures.ElectionBuilder.anElection;
import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.port.in.CastVoteUseCase.CastVoteCommand;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.out.LoadChoicePort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.LoadVoterPort;
import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.domain.ballot.BallotRefusedException;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.choice.ChoiceNotFoundException;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionNotFoundException;
import com.partvote.domain.election.Stage;
import com.partvote.domain.election.rule.Voter;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.Part;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class CastVoteServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");

    @Mock LoadElectionPort elections;
    @Mock LoadVoterPort members;
    @Mock LoadChoicePort choices;
    @Mock RecordBallotPort ballots;

    private final Member voter = aMember().inPart(Part.FE).build();

    private CastVoteService service() {
        when(members.findVoter(voter.id())).thenReturn(Optional.of(Voter.of(voter)));
        return new CastVoteService(new ElectionLookup(elections, members), choices, ballots, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private Choice known(Election election, Choice choice) {
        when(elections.findElection(election.id())).thenReturn(Optional.of(election));
        when(choices.findChoice(choice.id())).thenReturn(Optional.of(choice));
        return choice;
    }

    private static String refusal(Throwable e) {
        return ((BallotRefusedException) e).rejection().code();
    }

    @Test
    void anAdmittedChoiceIsRecordedInItsOwnElection() {
        Election e = anElection().withRules("OWN_PART_ONLY", "NOT_SELF").build();
        Choice choice = known(e, aChoice().in(e.id()).inPart(Part.FE).build());
        BallotSheet recorded = new BallotSheet(e.id(), voter.id(), Set.of(choice.id()), NOW);
        when(ballots.addChoice(e, voter.id(), choice.id())).thenReturn(recorded);

        assertThat(service().castVote(CastVoteCommand.forChoice(voter.id(), choice.id()))).isEqualTo(recorded);
        assertThat(service().castVote(CastVoteCommand.in(ElectionRef.of(e.id()), voter.id(), choice.id()))).isEqualTo(recorded);
    }

    @Test
    void aRuleThatRefusesStopsTheVoteBeforeTheStore() {
        Election e = anElection().withRules("OWN_PART_ONLY").build();
        Choice otherPart = known(e, aChoice().in(e.id()).inPart(Part.BE).build());
        assertThatThrownBy(() -> service().castVote(CastVoteCommand.forChoice(voter.id(), otherPart.id())))
                .satisfies(ex -> assertThat(refusal(ex)).isEqualTo("NOT_ELIGIBLE"));
        Choice self = known(e, aChoice().in(e.id()).isMember(voter).build());
        Election selfRule = anElection().withId(e.id().value()).withSlug(e.slug().value()).withRules("NOT_SELF").build();
        when(elections.findElection(e.id())).thenReturn(Optional.of(selfRule));
        assertThatThrownBy(() -> service().castVote(CastVoteCommand.forChoice(voter.id(), self.id())))
                .satisfies(ex -> assertThat(refusal(ex)).isEqualTo("SELF_VOTE"));
        verify(ballots, never()).addChoice(any(), any(), any());
    }

    @Test
    void aClosedElectionRefusesWithItsState() {
        Election e = anElection().closingAt(NOW).build();
        Choice choice = known(e, aChoice().in(e.id()).build());
        assertThatThrownBy(() -> service().castVote(CastVoteCommand.forChoice(voter.id(), choice.id())))
                .satisfies(ex -> assertThat(refusal(ex)).isEqualTo("ELECTION_NOT_OPEN"))
                .satisfies(ex -> assertThat(((BallotRefusedException) ex).rejection().facts()).containsEntry("state", "CLOSED"));
        verify(ballots, never()).addChoice(any(), any(), any());
    }

    @Test
    void aChoiceNamedInTheWrongElectionOrNowhereIsNotFound() {
        Election e = anElection().build();
        Election other = anElection().build();
        when(elections.findElection(other.id())).thenReturn(Optional.of(other));
        Choice choice = known(e, aChoice().in(e.id()).build());
        assertThatThrownBy(() -> service().castVote(CastVoteCommand.in(ElectionRef.of(other.id()), voter.id(), choice.id())))
                .isInstanceOf(ChoiceNotFoundException.class);
        assertThatThrownBy(() -> service().castVote(CastVoteCommand.forChoice(voter.id(), new ChoiceId(99))))
                .isInstanceOf(ChoiceNotFoundException.class);
    }

    @Test
    void aDraftIsInvisible() {
        Election draft = anElection().inStage(Stage.DRAFT).build();
        Choice choice = known(draft, aChoice().in(draft.id()).build());
        assertThatThrownBy(() -> service().castVote(CastVoteCommand.in(ElectionRef.of(draft.id()), voter.id(), choice.id())))
                .isInstanceOf(ElectionNotFoundException.class);
        assertThatThrownBy(() -> service().castVote(CastVoteCommand.forChoice(voter.id(), choice.id())))
                .as("through the seed's route, a choice of a hidden election is no choice")
                .isInstanceOf(ChoiceNotFoundException.class);
    }

    @Test
    void aTokenForNoMemberIsInvalid() {
        Election e = anElection().build();
        Choice choice = known(e, aChoice().in(e.id()).build());
        CastVoteService service = service();
        when(members.findVoter(voter.id())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service.castVote(CastVoteCommand.forChoice(voter.id(), choice.id())))
                .isInstanceOf(AuthenticationFailedException.class);
    }
}
