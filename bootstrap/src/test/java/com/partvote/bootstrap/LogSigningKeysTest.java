package com.partvote.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.domain.election.ElectionId;
import com.partvote.domain.log.LogKey;
import com.partvote.domain.log.MerkleTree;
import com.partvote.domain.log.SignedTreeHead;
import com.partvote.domain.log.TreeHead;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LogSigningKeysTest {

    /** Made by {@code openssl genpkey -algorithm ed25519 -outform DER | base64 -w0}, as an operator would. */
    private static final String OPENSSL_KEY = "MC4CAQAwBQYDK2VwBCIEIAwKAExmuHRp5VLv3JZMLBhphXnNHY0pgy9OrHpff0D5";

    @Test
    void aConfiguredKeyIsUsedWithItsOwnPublicKey() throws Exception {
        KeyPair generated = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair resolved = LogSigningKeys.resolve(Base64.getEncoder().encodeToString(generated.getPrivate().getEncoded()), true);
        assertThat(resolved.getPublic().getEncoded()).isEqualTo(generated.getPublic().getEncoded());
    }

    @Test
    void anOpensslKeySignsHeadsThatItsPublishedKeyVerifies() {
        Ed25519TreeHeadSigner signer = new Ed25519TreeHeadSigner(LogSigningKeys.resolve(OPENSSL_KEY, true));
        SignedTreeHead head = signer.sign(new TreeHead(new ElectionId(1), 0, MerkleTree.emptyRoot(), Instant.now()));
        LogKey published = LogKey.ofBase64(signer.key().base64());
        assertThat(published.signed(head)).isTrue();
        assertThat(head.keyId()).isEqualTo(published.id());
    }

    @Test
    void withoutAKeyDevelopmentGetsARandomOneAndProductionStops() {
        assertThat(LogSigningKeys.resolve("", false).getPublic().getAlgorithm()).isIn("Ed25519", "EdDSA");
        assertThat(LogSigningKeys.resolve(null, false).getPublic().getEncoded())
                .isNotEqualTo(LogSigningKeys.resolve(null, false).getPublic().getEncoded());
        assertThatThrownBy(() -> LogSigningKeys.resolve(" ", true)).hasMessageContaining("PARTVOTE_LOG_SIGNING_KEY is not set");
    }

    @Test
    void anythingButAnEd25519PrivateKeyIsRefused() throws Exception {
        String rsa = Base64.getEncoder().encodeToString(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate().getEncoded());
        for (String bad : new String[] {"not base64!", "AAAA", rsa}) {
            assertThatThrownBy(() -> LogSigningKeys.resolve(bad, false)).as(bad)
                    .hasMessageContaining("PARTVOTE_LOG_SIGNING_KEY must be the Base64 of an Ed25519 private key");
        }
    }
}
