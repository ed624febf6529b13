package com.partvote.domain.election.rule;

import static com.partvote.domain.fixtures.ChoiceBuilder.aChoice;
import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

class BallotRulesTest {

    @Test
    void parsesEveryKnownRuleAndWritesItBack() {
        BallotRules rules = BallotRules.parse("OWN_PART_ONLY, NOT_SELF,NOT_OWN_TEAM,MAX_CHOICES(3)");
        assertThat(rules.rules()).containsExactly(new OwnPartOnly(), new NotSelf(), new NotOwnTeam(), new MaxChoices(3));
        assertThat(rules.toString()).isEqualTo("OWN_PART_ONLY,NOT_SELF,NOT_OWN_TEAM,MAX_CHOICES(3)");
        assertThat(BallotRules.parse(rules.toString())).isEqualTo(rules);
        assertThat(rules.maxChoices()).hasValue(3);
        assertThat(BallotRules.parse("")).isEqualTo(BallotRules.none());
        assertThat(BallotRules.none().maxChoices()).isEmpty();
    }

    @Test
    void refusesUnknownMalformedAndRepeatedRules() {
        assertThatThrownBy(() -> BallotRules.parse("NOT_ME")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("NOT_ME");
        assertThatThrownBy(() -> BallotRules.parse("MAX_CHOICES")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> BallotRules.parse("NOT_SELF(2)")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> BallotRules.parse("NOT_SELF,NOT_SELF")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> BallotRules.parse("MAX_CHOICES(1),MAX_CHOICES(2)")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theFirstRuleThatRefusesDecides() {
        Member member = aMember().inPart(Part.FE).build();
        Choice selfInOtherPart = aChoice().inPart(Part.BE).isMember(member).build();
        assertThat(BallotRules.parse("OWN_PART_ONLY,NOT_SELF").admit(Voter.of(member), selfInOtherPart))
                .get().extracting(Rejection::code).isEqualTo("NOT_ELIGIBLE");
        assertThat(BallotRules.parse("NOT_SELF,OWN_PART_ONLY").admit(Voter.of(member), selfInOtherPart))
                .get().extracting(Rejection::code).isEqualTo("SELF_VOTE");
    }

    @Test
    void aSheetIsJudgedChoiceByChoiceThenAsAWhole() {
        Member member = aMember().inPart(Part.FE).build();
        BallotRules rules = BallotRules.parse("OWN_PART_ONLY,MAX_CHOICES(1)");
        Choice fe = aChoice().inPart(Part.FE).build();
        Choice be = aChoice().inPart(Part.BE).build();
        assertThat(rules.admitSheet(Voter.of(member), List.of(fe))).isEmpty();
        assertThat(rules.admitSheet(Voter.of(member), List.of(fe, be))).get()
                .extracting(Rejection::code).as("each choice before the count").isEqualTo("NOT_ELIGIBLE");
        assertThat(rules.admitSheet(Voter.of(member), List.of(fe, aChoice().inPart(Part.FE).build()))).get()
                .extracting(Rejection::code).isEqualTo("TOO_MANY_CHOICES");
    }
}
