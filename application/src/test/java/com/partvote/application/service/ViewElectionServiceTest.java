package com.partvote.application.service;

import static com.partvote.domain.fixtures.ChoiceBuilder.aChoice;
import static com.partvote.domain.fixtures.ElectionBuilder.anElection;
import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ElectionView;
import com.partvote.application.port.out.LoadBallotSheetPort;
import com.partvote.application.port.out.LoadChoicePort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.LoadVoterPort;
import com.partvote.application.service.ListElectionsService.ElectionViews;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.rule.Rejection;
import com.partvote.domain.election.rule.Voter;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.Part;
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

/** What a ballot page is told before anyone votes: which choices each rule keeps from the viewer, and why. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ViewElectionServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC);

    @Mock LoadElectionPort elections;
    @Mock LoadVoterPort voters;
    @Mock LoadChoicePort choices;
    @Mock LoadBallotSheetPort sheets;

    @Test
    void eachRefusedChoiceCarriesTheRuleThatRefusesIt() {
        Member me = aMember().withId(7).inPart(Part.FE).inTeam("포켓돈").build();
        Election e = anElection().withRules("OWN_PART_ONLY", "NOT_SELF", "NOT_OWN_TEAM", "MAX_CHOICES(2)").build();
        Choice otherPart = aChoice().withId(1).in(e.id()).inPart(Part.BE).inTeam("파운더").build();
        Choice myself = aChoice().withId(2).in(e.id()).inPart(Part.FE).inTeam("헬시어").isMember(me).build();
        Choice myTeam = aChoice().withId(3).in(e.id()).inPart(Part.FE).inTeam("포켓돈").build();
        Choice free = aChoice().withId(4).in(e.id()).inPart(Part.FE).inTeam("파운더").build();
        when(elections.findElection(e.id())).thenReturn(Optional.of(e));
        when(voters.findVoter(me.id())).thenReturn(Optional.of(new Voter(me.id(), Part.FE, me.team())));
        when(choices.choicesOf(e.id())).thenReturn(List.of(otherPart, myself, myTeam, free));
        when(sheets.sheetOf(e.id(), me.id())).thenReturn(Optional.empty());

        ElectionView view = service().viewElection(ElectionRef.of(e.id()), Optional.of(me.id()));

        assertThat(view.viewerRefusals()).hasValueSatisfying(refused -> {
            assertThat(refused).containsOnlyKeys(otherPart.id(), myself.id(), myTeam.id());
            assertThat(refused.get(otherPart.id())).extracting(Rejection::rule).isEqualTo("OWN_PART_ONLY");
            assertThat(refused.get(myself.id())).extracting(Rejection::rule).isEqualTo("NOT_SELF");
            assertThat(refused.get(myTeam.id())).extracting(Rejection::rule).isEqualTo("NOT_OWN_TEAM");
        });
        assertThat(view.viewerEligible()).contains(true);
    }

    @Test
    void aVisitorIsToldNothingAboutRefusals() {
        Election e = anElection().withRules("NOT_SELF").build();
        when(elections.findElection(e.id())).thenReturn(Optional.of(e));
        when(choices.choicesOf(e.id())).thenReturn(List.of(aChoice().in(e.id()).build()));

        ElectionView view = service().viewElection(ElectionRef.of(e.id()), Optional.empty());

        assertThat(view.viewerRefusals()).isEmpty();
        assertThat(view.viewerEligible()).isEmpty();
    }

    private ViewElectionService service() {
        ElectionLookup lookup = new ElectionLookup(elections, voters);
        return new ViewElectionService(lookup, sheets, new ElectionViews(lookup, choices, sheets, CLOCK));
    }
}
