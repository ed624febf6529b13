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
    void spellingsThatLookTheSameAreOneAddress() {
        Email plain = new Email("kim@example.com");
        assertThat(new Email("kim@example.com\u00A0")).as("trailing no-break space").isEqualTo(plain);
        assertThat(new Email("\u3000kim@example.com")).as("ideographic space").isEqualTo(plain);
        assertThat(new Email("\uFF4B\uFF49\uFF4D@\uFF45xample.com")).as("fullwidth letters").isEqualTo(plain);
        assertThat(new Email("KIM@EXAMPLE.COM")).isEqualTo(plain);
        assertThat(new Email("stra\u00DFe@example.com")).as("case-folded").isEqualTo(new Email("STRASSE@example.com"));
    }

    @Test
    void composedAndDecomposedTextAreOneAddress() {
        String nfc = "jos\u00E9@example.com";
        String nfd = "jose\u0301@example.com";
        assertThat(new Email(nfd)).isEqualTo(new Email(nfc));
        assertThat(new Email("\u1100\u1161@example.com")).as("jamo compose to 가").isEqualTo(new Email("\uAC00@example.com"));
    }

    @Test
    void anInternationalDomainAndItsPunycodeAreOneDomain() {
        Email unicode = new Email("kim@\uD55C\uAD6D.\uD55C\uAD6D");
        assertThat(new Email("kim@xn--3e0b707e.xn--3e0b707e")).isEqualTo(unicode);
        assertThat(new Email("kim@XN--3E0B707E.xn--3e0b707e")).isEqualTo(unicode);
        assertThat(unicode.value()).isEqualTo("kim@\uD55C\uAD6D.\uD55C\uAD6D");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kim\u3164@example.com", "\u3164@example.com", "kim\uFFA0@example.com", "kim\u2800@example.com",
            "ki\u00A0m@example.com", "kim@exam_ple.com", "kim@-example.com", "\u0301kim@example.com", "kim\u2764@example.com",
            "kim@example.com."})
    void refusesWhatDoesNotSurviveNormalisation(String raw) {
        assertThatThrownBy(() -> new Email(raw)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.reason()).isEqualTo("format"));
    }

    @Test
    void keepsHangulAndOtherLettersInTheLocalPart() {
        assertThat(new Email("\uAE40\uCC44\uB9BC@example.com").value()).isEqualTo("\uAE40\uCC44\uB9BC@example.com");
        assertThat(new Email("kim.lee+vote@example.com").value()).isEqualTo("kim.lee+vote@example.com");
    }

    @Test
    void tryParseNeverThrows() {
        assertThat(Email.tryParse("nope")).isEmpty();
        assertThat(Email.tryParse(null)).isEmpty();
        assertThat(Email.tryParse("Ok@Example.com")).contains(new Email("ok@example.com"));
    }
}
