package com.partvote.domain.election.rule;

import static com.partvote.domain.fixtures.ChoiceBuilder.aChoice;
import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.domain.member.Member;
import org.junit.jupiter.api.Test;

class NotSelfTest {

    private final NotSelf rule = new NotSelf();

    @Test
    void refusesTheCandidateWhoIsTheVoter() {
        Member member = aMember().build();
        Rejection refusal = rule.admit(Voter.of(member), aChoice().isMember(member).build()).orElseThrow();
        assertThat(refusal.code()).isEqualTo("SELF_VOTE");
    }

    @Test
    void allowsSomeoneElseAndACandidateWithoutAnAccount() {
        Member member = aMember().build();
        Member other = aMember().build();
        assertThat(rule.admit(Voter.of(member), aChoice().isMember(other).build())).isEmpty();
        assertThat(rule.admit(Voter.of(member), aChoice().declaredFor(member.email().value()).build()))
                .as("declared but not linked yet: the store re-checks the link when it records")
                .isEmpty();
    }
}
