package com.partvote.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PartTest {

    @Test
    void parsesTheTwoParts() {
        assertThat(Part.parse("FE")).isEqualTo(Part.FE);
        assertThat(Part.parse("BE")).isEqualTo(Part.BE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"fe", "Be", " FE", "PM", "FE,BE"})
    void refusesAnythingElseWithInvalidPart(String raw) {
        assertThatThrownBy(() -> Part.parse(raw)).isInstanceOfSatisfying(Part.InvalidPartException.class,
                e -> assertThat(e.code()).isEqualTo("INVALID_PART"));
    }
}
