package com.partvote.domain.election;

import static com.partvote.domain.fixtures.ChoiceBuilder.aChoice;
import static com.partvote.domain.fixtures.ElectionBuilder.anElection;
import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceNotFoundException;
import com.partvote.domain.election.rule.Rejection;
import com.partvote.domain.election.rule.Voter;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.Part;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElectionTest {

    private static final Instant OPENS = Instant.parse("2026-05-01T09:00:00Z");
    private static final Instant CLOSES = OPENS.plus(Duration.ofHours(2));

    private final Election election = anElection().openingAt(OPENS).closingAt(CLOSES).build();

    @Test
    void theStateFollowsTheClockBetweenTheOperatorsSteps() {
        assertThat(election.state(OPENS.minusMillis(1))).isEqualTo(ElectionState.SCHEDULED);
        assertThat(election.state(OPENS)).isEqualTo(ElectionState.OPEN);
        assertThat(election.state(CLOSES.minusMillis(1))).isEqualTo(ElectionState.OPEN);
        assertThat(election.state(CLOSES)).as("the close is exclusive").isEqualTo(ElectionState.CLOSED);
        assertThat(anElection().inStage(Stage.DRAFT).build().state(OPENS)).isEqualTo(ElectionState.DRAFT);
        assertThat(anElection().openingAt(OPENS).build().state(OPENS.plus(Duration.ofDays(999))))
                .as("without a close it stays open").isEqualTo(ElectionState.OPEN);
    }

    @Test
    void publishingIsAnExplicitStepAfterTheClose() {
        Election published = election.publish(CLOSES);
        assertThat(published.state(CLOSES)).isEqualTo(ElectionState.PUBLISHED);
        assertThat(published.state(OPENS)).as("published stays published").isEqualTo(ElectionState.PUBLISHED);
        assertThatThrownBy(() -> election.publish(OPENS)).isInstanceOf(IllegalTransitionException.class)
                .satisfies(e -> assertThat(((IllegalTransitionException) e).current()).isEqualTo(ElectionState.OPEN));
        assertThatThrownBy(() -> published.publish(CLOSES)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void ballotsAreAdmittedOnlyWhileOpen() {
        Member member = aMember().build();
        Choice choice = aChoice().in(election.id()).build();
        assertThat(election.admit(Voter.of(member), choice, OPENS)).isEmpty();
        Rejection early = election.admit(Voter.of(member), choice, OPENS.minusSeconds(1)).orElseThrow();
        assertThat(early.code()).isEqualTo("ELECTION_NOT_OPEN");
        assertThat(early.facts()).containsEntry("state", "SCHEDULED");
        assertThat(election.admit(Voter.of(member), choice, CLOSES).orElseThrow().facts()).containsEntry("state", "CLOSED");
        assertThat(election.admitSheet(Voter.of(member), List.of(), CLOSES)).isPresent();
    }

    @Test
    void aChoiceOfAnotherElectionIsNotFoundHere() {
        Choice elsewhere = aChoice().in(new ElectionId(election.id().value() + 1)).build();
        assertThatThrownBy(() -> election.admit(Voter.of(aMember().build()), elsewhere, OPENS))
                .isInstanceOf(ChoiceNotFoundException.class);
    }

    @Test
    void theElectionsRulesJudgeEachChoice() {
        Election fe = anElection().openingAt(OPENS).withRules("OWN_PART_ONLY", "NOT_SELF").build();
        Member be = aMember().inPart(Part.BE).build();
        assertThat(fe.admit(Voter.of(be), aChoice().in(fe.id()).inPart(Part.FE).build(), OPENS))
                .get().extracting(Rejection::code).isEqualTo("NOT_ELIGIBLE");
        assertThat(fe.eligible(Voter.of(be), List.of(aChoice().in(fe.id()).inPart(Part.FE).build()))).isFalse();
        assertThat(fe.eligible(Voter.of(be), List.of(aChoice().in(fe.id()).inPart(Part.BE).build()))).isTrue();
    }

    @Test
    void liveStandingsShowOnceScheduledAfterCloseStandingsOnlyOncePublished() {
        assertThat(election.standingsVisible(OPENS, false)).isTrue();
        assertThat(anElection().inStage(Stage.DRAFT).build().standingsVisible(OPENS, false)).isFalse();
        Election embargoed = anElection().openingAt(OPENS).closingAt(CLOSES).resultsAfterClose().build();
        assertThat(embargoed.standingsVisible(OPENS, false)).isFalse();
        assertThat(embargoed.standingsVisible(CLOSES, false)).as("closed is not yet published").isFalse();
        assertThat(embargoed.standingsVisible(OPENS, true)).as("organisers always see them").isTrue();
        assertThat(embargoed.publish(CLOSES).standingsVisible(CLOSES, false)).isTrue();
    }

    @Test
    void aWindowClosesAfterItOpensAndAScheduledElectionHasOne() {
        assertThatThrownBy(() -> new VotingWindow(OPENS, OPENS)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> anElection().openingAt(null).build()).isInstanceOf(InvalidValueException.class);
        assertThat(anElection().openingAt(null).inStage(Stage.DRAFT).build().windowIfSet()).isEmpty();
    }

    @Test
    void titlesAndSlugsRefuseWhatCannotBeShown() {
        assertThatThrownBy(() -> anElection().titled(" ").build()).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> anElection().titled("a\u202Eb").build()).isInstanceOf(InvalidValueException.class);
        assertThat(anElection().titled("  FE 파트장  ").build().title()).isEqualTo("FE 파트장");
        assertThat(new Slug("fe-leader").value()).isEqualTo("fe-leader");
        for (String bad : List.of("FE", "fe--leader", "-fe", "12", "fe_leader", "a".repeat(41), "")) {
            assertThatThrownBy(() -> new Slug(bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void aDraftIsScheduledWithAWindowThatHasNotEnded() {
        Election draft = anElection().inStage(Stage.DRAFT).openingAt(OPENS).closingAt(CLOSES).build();
        assertThat(draft.schedule(OPENS.minusSeconds(60)).state(OPENS.minusSeconds(60))).isEqualTo(ElectionState.SCHEDULED);
        assertThat(draft.schedule(OPENS).state(OPENS)).as("scheduled inside its window: open").isEqualTo(ElectionState.OPEN);
        assertThatThrownBy(() -> draft.schedule(CLOSES)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> election.schedule(OPENS)).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.current()).isEqualTo(ElectionState.OPEN));
    }

    @Test
    void openingNowKeepsTheClosingTimeAndOnlyBeforeTheElectionOpened() {
        Instant early = OPENS.minusSeconds(3600);
        Election opened = election.openNow(early);
        assertThat(opened.state(early)).isEqualTo(ElectionState.OPEN);
        assertThat(opened.window()).isEqualTo(new VotingWindow(early, CLOSES));
        assertThat(anElection().inStage(Stage.DRAFT).build().openNow(OPENS).state(OPENS)).isEqualTo(ElectionState.OPEN);
        assertThatThrownBy(() -> election.openNow(OPENS)).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.current()).isEqualTo(ElectionState.OPEN));
        assertThatThrownBy(() -> election.openNow(CLOSES)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void closingNowEndsTheWindowAtThatInstant() {
        Instant mid = OPENS.plusSeconds(60);
        Election closed = election.closeNow(mid);
        assertThat(closed.state(mid)).isEqualTo(ElectionState.CLOSED);
        assertThat(closed.window().closesAt()).isEqualTo(mid);
        assertThatThrownBy(() -> election.closeNow(OPENS.minusSeconds(1))).isInstanceOfSatisfying(
                IllegalTransitionException.class, e -> assertThat(e.current()).isEqualTo(ElectionState.SCHEDULED));
        assertThatThrownBy(() -> closed.closeNow(mid)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void onceScheduledOnlyTheCloseMayMoveAndOnlyLater() {
        Instant later = CLOSES.plusSeconds(3600);
        assertThat(election.extendClose(later, OPENS).window().closesAt()).isEqualTo(later);
        assertThat(election.extendClose(null, OPENS).window().closes()).as("open-ended").isEmpty();
        assertThatThrownBy(() -> election.extendClose(CLOSES.minusSeconds(1), OPENS)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> election.extendClose(later, CLOSES)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> election.requireDraft(OPENS, "edit")).isInstanceOfSatisfying(
                IllegalTransitionException.class, e -> assertThat(e.current()).isEqualTo(ElectionState.OPEN));
    }
}
