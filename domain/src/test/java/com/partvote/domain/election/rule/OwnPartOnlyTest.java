package com.partvote.domain.election.rule;

import static com.partvote.domain.fixtures.ChoiceBuilder.aChoice;
import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.domain.member.Part;
import org.junit.jupiter.api.Test;

class OwnPartOnlyTest {

    private final OwnPartOnly rule = new OwnPartOnly();
    private final Voter feMember = Voter.of(aMember().inPart(Part.FE).build());

    @Test
    void allowsACandidateOfTheVotersOwnPart() {
        assertThat(rule.admit(feMember, aChoice().inPart(Part.FE).build())).isEmpty();
    }

    @Test
    void refusesACandidateOfTheOtherPartAsNotEligible() {
        Rejection refusal = rule.admit(feMember, aChoice().inPart(Part.BE).build()).orElseThrow();
        assertThat(refusal.code()).isEqualTo("NOT_ELIGIBLE");
        assertThat(refusal.rule()).isEqualTo("OWN_PART_ONLY");
    }

    @Test
    void allowsAChoiceThatBelongsToNoPart() {
        assertThat(rule.admit(feMember, aChoice().inNoPart().build())).isEmpty();
    }
}
