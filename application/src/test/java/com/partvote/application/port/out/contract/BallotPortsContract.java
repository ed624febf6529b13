package com.partvote.application.port.out.contract;

import static com.partvote.domain.fixtures.ChoiceBuilder.aChoice;
import static com.partvote.domain.fixtures.ElectionBuilder.anElection;
import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.port.out.StandingsQueryPort.Turnout;
import com.partvote.domain.ballot.BallotRefusedException;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.choice.ChoiceNotFoundException;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.Stage;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.tally.ChoiceVotes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * {@link com.partvote.application.port.out.RecordBallotPort} and the read ports behind it: sheets
 * that grow, change and are withdrawn, counts that follow them exactly, and every rule the store
 * itself must back (window, once per choice, the limit, a choice of the election, not oneself).
 */
public abstract class BallotPortsContract extends PortContract {

    protected static void assertRefused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(BallotRefusedException.class)
                .satisfies(e -> assertThat(((BallotRefusedException) e).rejection().code()).isEqualTo(code));
    }

    private BallotSheet add(Election e, Member voter, Choice choice) {
        return store.ballots().addChoice(e, voter.id(), choice.id());
    }

    @Test
    void aFreshElectionHasNoBallotsAndListsEveryChoiceWithZero() {
        Election e = newElection();
        Choice a = newChoice(e);
        Choice b = newChoice(e);
        assertThat(turnout(e)).isEqualTo(new Turnout(0, 0));
        assertThat(store.standings().countVotes(e.id())).containsExactlyInAnyOrder(new ChoiceVotes(a, 0), new ChoiceVotes(b, 0));
        assertThat(store.sheets().sheetOf(e.id(), newMember().id())).isEmpty();
    }

    @Test
    void addingChoicesGrowsTheSheetAndCountsEachOnce() {
        Election e = newElection();
        Choice a = newChoice(e);
        Choice b = newChoice(e);
        Member voter = newMember();

        assertThat(add(e, voter, a).choices()).containsExactly(a.id());
        BallotSheet sheet = add(e, voter, b);

        assertThat(sheet.choices()).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(sheet.election()).isEqualTo(e.id());
        assertThat(sheetOf(e, voter)).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(votesIn(e)).isEqualTo(Map.of(a.id(), 1L, b.id(), 1L));
        assertThat(turnout(e)).isEqualTo(new Turnout(2, 1));
    }

    @Test
    void theSameChoiceTwiceIsADuplicateAndIsNotCounted() {
        Election e = newElection();
        Choice a = newChoice(e);
        Member voter = newMember();
        add(e, voter, a);
        assertRefused(() -> add(e, voter, a), "DUPLICATE_VOTE");
        assertThat(votesFor(e, a)).isEqualTo(1);
        assertThat(turnout(e)).isEqualTo(new Turnout(1, 1));
    }

    @Test
    void aSheetHoldsNoMoreThanTheElectionsLimit() {
        Election e = newElection(anElection().withRules("MAX_CHOICES(2)"));
        Choice a = newChoice(e);
        Choice b = newChoice(e);
        Choice c = newChoice(e);
        Member voter = newMember();
        add(e, voter, a);
        add(e, voter, b);
        assertRefused(() -> add(e, voter, c), "TOO_MANY_CHOICES");
        assertRefused(() -> store.ballots().replaceSheet(e, voter.id(), Set.of(a.id(), b.id(), c.id())), "TOO_MANY_CHOICES");
        assertThat(sheetOf(e, voter)).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(votesFor(e, c)).isZero();
    }

    @Test
    void replacingASheetMovesTheVotesAndKeepsTheVoterCountedOnce() {
        Election e = newElection();
        Choice a = newChoice(e);
        Choice b = newChoice(e);
        Choice c = newChoice(e);
        Member voter = newMember();
        add(e, voter, a);
        add(e, voter, b);

        BallotSheet replaced = store.ballots().replaceSheet(e, voter.id(), Set.of(b.id(), c.id()));

        assertThat(replaced.choices()).containsExactlyInAnyOrder(b.id(), c.id());
        assertThat(sheetOf(e, voter)).containsExactlyInAnyOrder(b.id(), c.id());
        assertThat(votesIn(e)).isEqualTo(Map.of(a.id(), 0L, b.id(), 1L, c.id(), 1L));
        assertThat(turnout(e)).isEqualTo(new Turnout(2, 1));
    }

    @Test
    void aReplacementCanBeTheFirstSheetAndAnEmptyOneWithdraws() {
        Election e = newElection();
        Choice a = newChoice(e);
        Member voter = newMember();
        store.ballots().replaceSheet(e, voter.id(), Set.of(a.id()));
        assertThat(turnout(e)).isEqualTo(new Turnout(1, 1));

        assertThat(store.ballots().replaceSheet(e, voter.id(), Set.of()).choices()).isEmpty();
        assertThat(store.sheets().sheetOf(e.id(), voter.id())).isEmpty();
        assertThat(turnout(e)).isEqualTo(new Turnout(0, 0));
        assertThat(votesFor(e, a)).isZero();
    }

    @Test
    void withdrawingRemovesTheSheetAndItsVotesAndARecastCountsOnce() {
        Election e = newElection();
        Choice a = newChoice(e);
        Choice b = newChoice(e);
        Member voter = newMember();
        add(e, voter, a);
        add(e, voter, b);

        assertThat(store.ballots().withdrawSheet(e, voter.id())).get().extracting(BallotSheet::choices)
                .isEqualTo(Set.of(a.id(), b.id()));
        assertThat(turnout(e)).isEqualTo(new Turnout(0, 0));
        assertThat(votesIn(e)).isEqualTo(Map.of(a.id(), 0L, b.id(), 0L));
        assertThat(store.ballots().withdrawSheet(e, voter.id())).as("nothing left to withdraw").isEmpty();

        add(e, voter, a);
        assertThat(votesFor(e, a)).isEqualTo(1);
        assertThat(turnout(e)).isEqualTo(new Turnout(1, 1));
    }

    @Test
    void electionsCountApartAndAVotersSheetsAreListedByElection() {
        Election fe = newElection();
        Election demo = newElection();
        Choice x = newChoice(fe);
        Choice y = newChoice(demo);
        Member voter = newMember();
        add(fe, voter, x);
        add(demo, voter, y);
        add(demo, newMember(), y);

        assertThat(turnout(fe)).isEqualTo(new Turnout(1, 1));
        assertThat(turnout(demo)).isEqualTo(new Turnout(2, 2));
        assertThat(store.sheets().sheetsOf(voter.id())).containsOnlyKeys(fe.id(), demo.id());
        assertThat(store.sheets().sheetsOf(voter.id()).get(demo.id()).choices()).containsExactly(y.id());
        assertThat(store.sheets().sheetsOf(newMember().id())).isEmpty();
    }

    @Test
    void aChoiceOfAnotherElectionOrNoChoiceAtAllIsNotFound() {
        Election e = newElection();
        Election other = newElection();
        Choice elsewhere = newChoice(other);
        Member voter = newMember();
        assertThatThrownBy(() -> add(e, voter, elsewhere)).isInstanceOf(ChoiceNotFoundException.class);
        assertThatThrownBy(() -> store.ballots().addChoice(e, voter.id(), new ChoiceId(Long.MAX_VALUE)))
                .isInstanceOf(ChoiceNotFoundException.class);
        assertThatThrownBy(() -> store.ballots().replaceSheet(e, voter.id(), Set.of(elsewhere.id())))
                .isInstanceOf(ChoiceNotFoundException.class);
        assertThat(turnout(e)).isEqualTo(new Turnout(0, 0));
        assertThat(turnout(other)).isEqualTo(new Turnout(0, 0));
    }

    @Test
    void aVoterWhoIsNoMemberIsRefusedAsAnInvalidToken() {
        Election e = newElection();
        Choice a = newChoice(e);
        assertThatThrownBy(() -> store.ballots().addChoice(e, new MemberId(Long.MAX_VALUE), a.id()))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(turnout(e)).isEqualTo(new Turnout(0, 0));
    }

    @Test
    void theStoreRefusesTheCandidateWhoIsTheVoterByTheCurrentLink() {
        Election e = newElection(anElection().withRules("NOT_SELF"));
        Choice declared = newChoice(e, aChoice().declaredFor("self@example.com"));
        Member self = newMember(aMember().withEmail("self@example.com"));
        store.saveElection().linkChoicesTo(self.email(), self.id());
        // the caller still holds the choice as it was before the link: the store re-checks
        assertRefused(() -> store.ballots().addChoice(e, self.id(), declared.id()), "SELF_VOTE");
        assertRefused(() -> store.ballots().replaceSheet(e, self.id(), Set.of(declared.id())), "SELF_VOTE");
        assertThat(votesFor(e, declared)).isZero();
    }

    @Test
    void nothingChangesOutsideTheWindow() {
        Instant now = Instant.now();
        Election closed = newElection(anElection().openingAt(now.minus(Duration.ofHours(2))).closingAt(now.minus(Duration.ofHours(1))));
        Election scheduled = newElection(anElection().openingAt(now.plus(Duration.ofHours(1))));
        Election draft = newElection(anElection().inStage(Stage.DRAFT));
        for (Election e : List.of(closed, scheduled, draft)) {
            Choice a = newChoice(e);
            Member voter = newMember();
            assertRefused(() -> add(e, voter, a), "ELECTION_NOT_OPEN");
            assertRefused(() -> store.ballots().replaceSheet(e, voter.id(), Set.of(a.id())), "ELECTION_NOT_OPEN");
            assertRefused(() -> store.ballots().withdrawSheet(e, voter.id()), "ELECTION_NOT_OPEN");
            assertThat(turnout(e)).isEqualTo(new Turnout(0, 0));
        }
    }

    @Test
    void theStoreJudgesTheWindowByTheElectionAsStoredNotAsTheCallerHoldsIt() {
        Instant now = Instant.now();
        Election open = newElection(anElection().openingAt(now.minus(Duration.ofHours(1))));
        Choice a = newChoice(open);
        Member voter = newMember();
        add(open, voter, a);
        Election closedNow = new Election(open.id(), open.slug(), open.title(), open.kind(), open.stage(),
                new com.partvote.domain.election.VotingWindow(open.window().opensAt(), now.minusMillis(1)),
                open.results(), open.rules(), open.part());
        store.saveElection().updateElection(closedNow, now);

        assertRefused(() -> store.ballots().withdrawSheet(open, voter.id()), "ELECTION_NOT_OPEN");
        assertRefused(() -> add(open, newMember(), a), "ELECTION_NOT_OPEN");
        assertThat(turnout(open)).isEqualTo(new Turnout(1, 1));
    }
}
