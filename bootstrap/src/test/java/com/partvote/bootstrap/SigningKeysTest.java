package com.partvote.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The signing key: production refuses a missing, placeholder, malformed or short one. */
class SigningKeysTest {

    private static String randomKey(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void productionRefusesToStartWithoutAKey(String missing) {
        assertThatThrownBy(() -> SigningKeys.resolve(missing, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PARTVOTE_AUTH_JWT_SECRET is not set")
                .hasMessageContaining("at least 32 bytes");
    }

    static Iterable<String> placeholders() {
        return PartvoteProperties.knownPlaceholderSecrets();
    }

    @ParameterizedTest
    @MethodSource("placeholders")
    void placeholderKeysAreRefusedEverywhere(String placeholder) {
        assertThatThrownBy(() -> SigningKeys.resolve(placeholder, true)).hasMessageContaining("placeholder");
        assertThatThrownBy(() -> SigningKeys.resolve(" " + placeholder + " ", false)).hasMessageContaining("placeholder");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 16, 31})
    void keysShorterThan256BitsAreRefusedEverywhere(int bytes) {
        String shortKey = randomKey(bytes);
        assertThatThrownBy(() -> SigningKeys.resolve(shortKey, true))
                .hasMessage("PARTVOTE_AUTH_JWT_SECRET decodes to " + bytes + " bytes; HS256 needs at least 32 (256 bits).");
        assertThatThrownBy(() -> SigningKeys.resolve(shortKey, false)).hasMessageContaining("decodes to " + bytes + " bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64 at all!", "%%%%", "password123!"})
    void keysThatAreNotBase64AreRefused(String garbage) {
        assertThatThrownBy(() -> SigningKeys.resolve(garbage, true)).hasMessageContaining("must be Base64");
    }

    @Test
    void theErrorNeverRepeatsTheKey() {
        String shortKey = randomKey(20);
        assertThatThrownBy(() -> SigningKeys.resolve(shortKey, true)).message().doesNotContain(shortKey);
    }

    @Test
    void aLongEnoughKeyIsUsedAsIsInStandardOrUrlSafeBase64() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        SecretKey standard = SigningKeys.resolve(Base64.getEncoder().encodeToString(raw), true);
        assertThat(standard.getEncoded()).isEqualTo(raw);
        assertThat(standard.getAlgorithm()).isEqualTo("HmacSHA256");
        raw[0] = (byte) 0xFB; // the URL-safe form now starts with '-': decoded all the same
        SecretKey urlSafe = SigningKeys.resolve(Base64.getUrlEncoder().encodeToString(raw), true);
        assertThat(urlSafe.getEncoded()).isEqualTo(raw);
        assertThat(SigningKeys.resolve(randomKey(64), true).getEncoded()).hasSize(64);
    }

    @Test
    void outsideProductionAMissingKeyBecomesARandomOneForThisRunOnly() {
        SecretKey a = SigningKeys.resolve(null, false);
        SecretKey b = SigningKeys.resolve("", false);
        assertThat(a.getEncoded()).hasSize(32);
        assertThat(a.getEncoded()).isNotEqualTo(b.getEncoded());
    }
}
