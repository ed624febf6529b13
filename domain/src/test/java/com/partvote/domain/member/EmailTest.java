package com.partvote.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void twoSpellingsOfOneAddressAreOneValue() {
        assertThat(new Email("  Kim.ChaeRim@Example.COM ")).isEqualTo(new Email("kim.chaerim@example.com"));
        assertThat(new Email("A@B.co").value()).isEqualTo("a@b.co");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "@example.com", "kim@", "kim@example", "kim@@example.com", "kim lee@example.com",
            "kim@exa mple.com", "kim@example..com", "kim\u0000@example.com", "kim@exa\nmple.com"})
    void refusesWhatIsNotAnAddress(String raw) {
        assertThatThrownBy(() -> new Email(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
                });
    }

    @Test
    void refusesInvisibleCharactersSoThatLookAlikesCannotBeTwoAccounts() {
        assertThatThrownBy(() -> new Email("kim\u200B@example.com")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Email("kim@exam\u202Eple.com")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Email("\uFEFFkim@example.com")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesMissingAddress() {
        assertThatThrownBy(() -> new Email(null)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.reason()).isEqualTo("required"));
        assertThatThrownBy(() -> new Email("   ")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void acceptsAtMost254Characters() {
        String domain = "@" + "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + "." + "g".repeat(50) + ".com";
        String local = "l".repeat(254 - domain.length());
        assertThat(new Email(local + domain).value()).hasSize(254);
        assertThatThrownBy(() -> new Email("l" + local + domain))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.reason()).isEqualTo("size"));
    }

    @Test
    void refusesLocalPartLongerThan64() {
        assertThatThrownBy(() -> new Email("a".repeat(65) + "@example.com")).isInstanceOf(InvalidValueException.class);
        assertThat(new Email("a".repeat(64) + "@example.com")).isNotNull();
    }

    @Test
    void tryParseNeverThrows() {
        assertThat(Email.tryParse("nope")).isEmpty();
        assertThat(Email.tryParse(null)).isEmpty();
        assertThat(Email.tryParse("Ok@Example.com")).contains(new Email("ok@example.com"));
    }
}
