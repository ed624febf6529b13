package com.partvote.domain.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.election.ElectionId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LogKeyTest {

    static KeyPair ed25519() throws GeneralSecurityException {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    static SignedTreeHead sign(TreeHead head, KeyPair pair) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(head.signingBytes());
        return SignedTreeHead.of(head, LogKey.of(pair.getPublic()).id(), signer.sign());
    }

    private static final TreeHead HEAD = new TreeHead(new ElectionId(5), 8,
            Hash.ofHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"),
            Instant.parse("2025-12-02T14:00:00.123999Z"));

    @Test
    void theSigningBytesAreTheDocumentedLine() {
        assertThat(new String(HEAD.signingBytes(), StandardCharsets.UTF_8)).isEqualTo(
                "partvote-tree-head-v1|5|8|5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328|1764684000123");
    }

    @Test
    void aHeadVerifiesWithItsKeyAndWithNoOther() throws GeneralSecurityException {
        KeyPair pair = ed25519();
        LogKey key = LogKey.ofBase64(LogKey.of(pair.getPublic()).base64());
        SignedTreeHead signed = sign(HEAD, pair);
        assertThat(key.signed(signed)).isTrue();
        assertThat(key.id()).hasSize(64).isEqualTo(Hash.sha256(pair.getPublic().getEncoded()).hex());

        LogKey other = LogKey.of(ed25519().getPublic());
        assertThat(other.signed(signed)).as("another key").isFalse();
        TreeHead larger = new TreeHead(HEAD.election(), 9, HEAD.root(), HEAD.at());
        assertThat(key.signed(new SignedTreeHead(larger, signed.keyId(), signed.signature()))).as("another head").isFalse();
        assertThat(key.signed(new SignedTreeHead(HEAD, other.id(), signed.signature()))).as("naming another key").isFalse();
        assertThat(key.signed(new SignedTreeHead(HEAD, signed.keyId(), "not base64!"))).isFalse();
    }

    @Test
    void onlyAnEd25519PublicKeyIsALogKey() throws GeneralSecurityException {
        byte[] rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic().getEncoded();
        assertThatThrownBy(() -> LogKey.of(rsa)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> LogKey.ofBase64("%%%")).isInstanceOf(InvalidValueException.class);
    }
}
