package com.partvote.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberNameTest {

    @Test
    void isTrimmed() {
        assertThat(new MemberName("  김채림 ").value()).isEqualTo("김채림");
    }

    @Test
    void countsCharactersNotBytesOrUtf16Units() {
        assertThat(new MemberName("가".repeat(30)).value()).hasSize(30);
        String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
        assertThat(new MemberName(emoji.repeat(30)).value()).isNotEmpty();
        assertThatThrownBy(() -> new MemberName("가".repeat(31)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.reason()).isEqualTo("size"));
    }

    @Test
    void refusesBlankAndControlCharacters() {
        assertThatThrownBy(() -> new MemberName("   ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new MemberName(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new MemberName("김\u0007채림")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.reason()).isEqualTo("format"));
        assertThatThrownBy(() -> new MemberName("broken\uD800")).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u3164", "\u3164\u3164", "\u00A0", "\u2800", "\u200B\u00A0\u3164", "\u0301"})
    void refusesNamesThatDrawNothing(String raw) {
        assertThatThrownBy(() -> new MemberName(raw)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.reason()).isEqualTo("required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202E\uB9BC\uCC44\uAE40", "kim\u2066lee", "\u200Fkim", "x\u0300\u0301\u0302\u0303\u0304"})
    void refusesBidiControlsAndStackedMarks(String raw) {
        assertThatThrownBy(() -> new MemberName(raw)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.reason()).isEqualTo("format"));
    }

    @Test
    void isNormalisedToComposedFormAndKeepsHangul() {
        assertThat(new MemberName("\uAE40\uCC44\uB9BC").value()).isEqualTo("\uAE40\uCC44\uB9BC");
        assertThat(new MemberName("\u1100\u1175\u11B7").value()).as("jamo compose").isEqualTo("\uAE40");
        assertThat(new MemberName("Jose\u0301").value()).isEqualTo("Jos\u00E9");
        assertThat(new MemberName("\u00A0\uAE40\u3000").value()).isEqualTo("\uAE40");
        assertThat(new MemberName("x\u0300\u0301\u0302\u0303").value()).as("four marks are allowed").hasSize(5);
    }
}
