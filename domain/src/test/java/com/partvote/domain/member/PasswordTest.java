package com.partvote.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class PasswordTest {

    @Test
    void policyIsEightToSixtyFourCharacters() {
        assertThat(Password.chosen("12345678").reveal()).isEqualTo("12345678");
        assertThat(Password.chosen("p".repeat(64)).reveal()).hasSize(64);
        assertThatThrownBy(() -> Password.chosen("1234567")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Password.chosen("p".repeat(65))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theOldFifteenCharacterCapIsGone() {
        assertThat(Password.chosen("a-much-longer-passphrase-than-15").reveal()).hasSize(32);
    }

    @Test
    void koreanCharactersCountAsOneEach() {
        assertThat(Password.chosen("비밀번호비밀번호").reveal()).hasSize(8);
        assertThatThrownBy(() -> Password.chosen("비밀번호비밀번")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesMissingOrControlCharacters() {
        assertThatThrownBy(() -> Password.chosen(null)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.reason()).isEqualTo("required"));
        assertThatThrownBy(() -> Password.chosen("abcdefgh\n")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.reason()).isEqualTo("format"));
    }

    @Test
    void neverPrintsItself() {
        assertThat(Password.chosen("secret-password").toString()).doesNotContain("secret");
        assertThat(new PasswordHash("$2a$10$abc").toString()).doesNotContain("abc");
    }

    @Test
    void aLoginAttemptIsNotPolicyChecked() {
        assertThat(Password.attempt("x").reveal()).isEqualTo("x");
        assertThat(Password.attempt(null).reveal()).isEmpty();
    }
}
