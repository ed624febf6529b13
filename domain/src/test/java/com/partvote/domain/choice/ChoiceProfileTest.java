package com.partvote.domain.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.Part;
import org.junit.jupiter.api.Test;

class ChoiceProfileTest {

    @Test
    void trimsAndTreatsBlankTeamAsNone() {
        ChoiceProfile p = new ChoiceProfile(" 김경민 ", Part.BE, "  ", null, null);
        assertThat(p.name()).isEqualTo("김경민");
        assertThat(p.team()).isNull();
        assertThat(p.declaredMemberEmail()).isEmpty();
    }

    @Test
    void keepsTheDeclaredMemberEmailNormalized() {
        ChoiceProfile p = new ChoiceProfile("김경민", Part.BE, "포켓돈", 25, new Email("KM@Example.com"));
        assertThat(p.declaredMemberEmail()).contains(new Email("km@example.com"));
    }

    @Test
    void refusesBadNamesAndAges() {
        assertThatThrownBy(() -> new ChoiceProfile("", Part.FE, null, null, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ChoiceProfile("가".repeat(31), Part.FE, null, null, null))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ChoiceProfile("가", Part.FE, null, 0, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ChoiceProfile("가", Part.FE, "\u200B", null, null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aTeamIsAChoiceOfNoPartWhoseTeamIsItself() {
        ChoiceProfile team = ChoiceProfile.ofTeam(new com.partvote.domain.member.Team(" Mo MU "));
        assertThat(team.name()).isEqualTo("Mo MU");
        assertThat(team.team()).isEqualTo("Mo MU");
        assertThat(team.part()).isNull();
    }
}
