package com.partvote.domain.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.Part;
import org.junit.jupiter.api.Test;

class CandidateProfileTest {

    @Test
    void trimsAndTreatsBlankTeamAsNone() {
        CandidateProfile p = new CandidateProfile(" 김경민 ", Part.BE, "  ", null, null);
        assertThat(p.name()).isEqualTo("김경민");
        assertThat(p.team()).isNull();
        assertThat(p.linkedEmail()).isEmpty();
    }

    @Test
    void keepsTheDeclaredMemberEmailNormalized() {
        CandidateProfile p = new CandidateProfile("김경민", Part.BE, "포켓돈", 25, new Email("KM@Example.com"));
        assertThat(p.linkedEmail()).contains(new Email("km@example.com"));
    }

    @Test
    void refusesBadNamesAndAges() {
        assertThatThrownBy(() -> new CandidateProfile("", Part.FE, null, null, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CandidateProfile("가".repeat(31), Part.FE, null, null, null))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CandidateProfile("가", Part.FE, null, 0, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CandidateProfile("가", null, null, null, null)).isInstanceOf(NullPointerException.class);
    }
}
