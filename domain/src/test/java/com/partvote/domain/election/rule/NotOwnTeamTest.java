package com.partvote.domain.election.rule;

import static com.partvote.domain.fixtures.ChoiceBuilder.aChoice;
import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotOwnTeamTest {

    private final NotOwnTeam rule = new NotOwnTeam();

    @Test
    void refusesTheVotersOwnTeam() {
        Voter voter = Voter.of(aMember().inTeam("포켓돈").build());
        Rejection refusal = rule.admit(voter, aChoice().named("포켓돈").inNoPart().inTeam("포켓돈").build()).orElseThrow();
        assertThat(refusal.code()).isEqualTo("OWN_TEAM");
    }

    @Test
    void allowsAnotherTeam() {
        Voter voter = Voter.of(aMember().inTeam("포켓돈").build());
        assertThat(rule.admit(voter, aChoice().named("파운더").inTeam("파운더").build())).isEmpty();
    }

    @Test
    void aMemberWithoutATeamMayChooseAnyTeam() {
        Voter voter = Voter.of(aMember().build());
        assertThat(rule.admit(voter, aChoice().named("파운더").inTeam("파운더").build())).isEmpty();
    }

    @Test
    void teamNamesCompareAfterTrimming() {
        Voter voter = Voter.of(aMember().inTeam(" Mo MU ").build());
        assertThat(rule.admit(voter, aChoice().inTeam("Mo MU").build())).isPresent();
    }
}
