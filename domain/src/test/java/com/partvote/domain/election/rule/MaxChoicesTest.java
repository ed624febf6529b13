package com.partvote.domain.election.rule;

import static com.partvote.domain.fixtures.ChoiceBuilder.aChoice;
import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.domain.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaxChoicesTest {

    private final Voter voter = Voter.of(aMember().build());

    @Test
    void allowsUpToTheLimit() {
        assertThat(new MaxChoices(2).admitSheet(voter, List.of(aChoice().build(), aChoice().build()))).isEmpty();
    }

    @Test
    void refusesOneMoreThanTheLimitAndSaysTheLimit() {
        Rejection refusal = new MaxChoices(1).admitSheet(voter, List.of(aChoice().build(), aChoice().build()))
                .orElseThrow();
        assertThat(refusal.code()).isEqualTo("TOO_MANY_CHOICES");
        assertThat(refusal.facts()).containsEntry("max_choices", 1);
    }

    @Test
    void neverRefusesASingleChoiceOnItsOwn() {
        assertThat(new MaxChoices(1).admit(voter, aChoice().build())).isEmpty();
    }

    @Test
    void theLimitIsAtLeastOne() {
        assertThatThrownBy(() -> new MaxChoices(0)).isInstanceOf(InvalidValueException.class);
        assertThat(new MaxChoices(3).spec()).isEqualTo("MAX_CHOICES(3)");
    }
}
