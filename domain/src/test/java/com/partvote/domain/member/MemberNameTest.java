package com.partvote.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

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
}
