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

import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ReplaceBallotUseCase.ReplaceBallotCommand;
import com.partvote.application.port.out.LoadChoicePort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.LoadVoterPort;
import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.ballot.BallotRefusedException;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceNotFoundException;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.rule.Voter;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.Part;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/** Replacing and withdrawing a sheet: the rules judge the whole new sheet; nothing changes outside the window. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class BallotChangeServicesTest {

    private static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Mock LoadElectionPort elections;
    @Mock LoadVoterPort members;
    @Mock LoadChoicePort choices;
    @Mock RecordBallotPort ballots;

    private final Member voter = aMember().inPart(Part.FE).inTeam("포켓돈").build();

    private ElectionLookup lookup(Election e, Choice... known) {
        when(elections.findElection(e.id())).thenReturn(Optional.of(e));
        when(members.findVoter(voter.id())).thenReturn(Optional.of(Voter.of(voter)));
        for (Choice c : known) {
            when(choices.findChoice(c.id())).thenReturn(Optional.of(c));
        }
        return new ElectionLookup(elections, members);
    }

    private static String code(Throwable e) {
        return ((BallotRefusedException) e).rejection().code();
    }

    @Test
    void aWholeSheetWithinTheRulesReplacesTheOldOne() {
        Election e = anElection().withRules("MAX_CHOICES(2)").build();
        Choice a = aChoice().in(e.id()).build();
        Choice b = aChoice().in(e.id()).build();
        var service = new ReplaceBallotService(lookup(e, a, b), choices, ballots, CLOCK);
        BallotSheet stored = new BallotSheet(e.id(), voter.id(), Set.of(a.id(), b.id()), NOW);
        when(ballots.replaceSheet(e, voter.id(), Set.of(a.id(), b.id()))).thenReturn(stored);

        assertThat(service.replaceBallot(ReplaceBallotCommand.of(ElectionRef.of(e.id()), voter.id(), List.of(a.id(), b.id()))))
                .isEqualTo(stored);
    }

    @Test
    void oneChoiceTooManyOrOneRefusedChoiceRefusesTheWholeSheet() {
        Election e = anElection().withRules("NOT_OWN_TEAM", "MAX_CHOICES(1)").ofTeams().build();
        Choice own = aChoice().in(e.id()).inNoPart().named("포켓돈").inTeam("포켓돈").build();
        Choice a = aChoice().in(e.id()).inNoPart().named("파운더").inTeam("파운더").build();
        Choice b = aChoice().in(e.id()).inNoPart().named("헬시어").inTeam("헬시어").build();
        var service = new ReplaceBallotService(lookup(e, own, a, b), choices, ballots, CLOCK);

        assertThatThrownBy(() -> service.replaceBallot(ReplaceBallotCommand.of(ElectionRef.of(e.id()), voter.id(), List.of(a.id(), b.id()))))
                .satisfies(ex -> assertThat(code(ex)).isEqualTo("TOO_MANY_CHOICES"));
        assertThatThrownBy(() -> service.replaceBallot(ReplaceBallotCommand.of(ElectionRef.of(e.id()), voter.id(), List.of(own.id()))))
                .satisfies(ex -> assertThat(code(ex)).isEqualTo("OWN_TEAM"));
        verify(ballots, never()).replaceSheet(any(), any(), any());
    }

    @Test
    void theSameChoiceTwiceInOneListIsMalformed() {
        Election e = anElection().build();
        Choice a = aChoice().in(e.id()).build();
        assertThatThrownBy(() -> ReplaceBallotCommand.of(ElectionRef.of(e.id()), voter.id(), List.of(a.id(), a.id())))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aChoiceOfAnotherElectionIsNotFound() {
        Election e = anElection().build();
        Choice elsewhere = aChoice().build();
        var service = new ReplaceBallotService(lookup(e, elsewhere), choices, ballots, CLOCK);
        assertThatThrownBy(() -> service.replaceBallot(ReplaceBallotCommand.of(ElectionRef.of(e.id()), voter.id(), List.of(elsewhere.id()))))
                .isInstanceOf(ChoiceNotFoundException.class);
    }

    @Test
    void withdrawingWhileOpenEmptiesTheSheetAndNeverOutsideTheWindow() {
        Election open = anElection().build();
        var withdraw = new WithdrawBallotService(lookup(open), ballots, CLOCK);
        assertThat(withdraw.withdrawBallot(ElectionRef.of(open.id()), voter.id()).choices()).isEmpty();
        verify(ballots).withdrawSheet(open, voter.id());

        Election closed = anElection().closingAt(NOW).build();
        var late = new WithdrawBallotService(lookup(closed), ballots, CLOCK);
        assertThatThrownBy(() -> late.withdrawBallot(ElectionRef.of(closed.id()), voter.id()))
                .satisfies(ex -> assertThat(code(ex)).isEqualTo("ELECTION_NOT_OPEN"));
        verify(ballots, never()).withdrawSheet(closed, voter.id());
    }
}
