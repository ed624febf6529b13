package com.partvote.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.domain.member.Password;
import com.partvote.domain.member.PasswordHash;
import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {

    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    @Test
    void matchesOnlyTheSamePassword() {
        PasswordHash hash = hasher.hash(Password.chosen("password-123"));
        assertThat(hash.value()).startsWith("$2a$04$").doesNotContain("password-123");
        assertThat(hasher.matches(Password.attempt("password-123"), hash)).isTrue();
        assertThat(hasher.matches(Password.attempt("password-124"), hash)).isFalse();
    }

    @Test
    void everyCharacterOfALongKoreanPasswordCounts() {
        // 64 Hangul syllables are 192 bytes of UTF-8, far past BCrypt's 72-byte input limit
        String base = "가".repeat(63);
        PasswordHash hash = hasher.hash(Password.chosen(base + "나"));
        assertThat(hasher.matches(Password.attempt(base + "나"), hash)).isTrue();
        assertThat(hasher.matches(Password.attempt(base + "다"), hash)).isFalse();
    }

    @Test
    void theDecoyIsARealHashNobodyMatches() {
        assertThat(hasher.decoy().value()).startsWith("$2a$04$");
        assertThat(hasher.matches(Password.attempt(""), hasher.decoy())).isFalse();
    }

    @Test
    void costIsConfigurable() {
        assertThat(new BcryptPasswordHasher(10).hash(Password.chosen("password-123")).value()).startsWith("$2a$10$");
    }
}
