package com.partvote.bootstrap;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves the ballot log's Ed25519 key pair from configuration ({@code PARTVOTE_LOG_SIGNING_KEY}:
 * the Base64 of the private key's PKCS#8 encoding, as {@code openssl genpkey -algorithm ed25519
 * -outform DER | base64 -w0} prints it). Outside production a missing key is replaced by a random
 * one, with a warning: heads signed with it verify only as long as the process runs, so an election
 * whose log spans a restart can then no longer be published. In production a missing or malformed
 * key stops the application: heads must be verifiable for as long as anyone keeps them.
 */
final class LogSigningKeys {

    private static final Logger log = LoggerFactory.getLogger(LogSigningKeys.class);
    static final String ALGORITHM = "Ed25519";

    private LogSigningKeys() {
    }

    static KeyPair resolve(String configured, boolean production) {
        if (configured == null || configured.isBlank()) {
            if (production) {
                throw new IllegalStateException("PARTVOTE_LOG_SIGNING_KEY is not set: the prod profile needs the ballot "
                        + "log's Ed25519 private key (PKCS#8, Base64), e.g. from "
                        + "'openssl genpkey -algorithm ed25519 -outform DER | base64 -w0'.");
            }
            log.warn("No PARTVOTE_LOG_SIGNING_KEY configured: the ballot log's heads are signed with a random key for "
                    + "this run only. They will not verify after a restart.");
            try {
                return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK provides Ed25519", e);
            }
        }
        PrivateKey key;
        try {
            key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(configured.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("PARTVOTE_LOG_SIGNING_KEY must be the Base64 of an Ed25519 private key in "
                    + "PKCS#8 ('openssl genpkey -algorithm ed25519 -outform DER | base64 -w0').");
        }
        return withPublicKey(key);
    }

    /**
     * The pair of a private key. The JDK derives an Ed25519 public key only while generating a pair,
     * from the 32 bytes its random source gives: fed the private key's own bytes, it yields that key's
     * pair, which is checked before it is used.
     */
    private static KeyPair withPublicKey(PrivateKey key) {
        byte[] seed = ((EdECPrivateKey) key).getBytes()
                .orElseThrow(() -> new IllegalStateException("the Ed25519 private key has no bytes to derive its public key"));
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
                }
            });
            KeyPair pair = generator.generateKeyPair();
            if (!MessageDigest.isEqual(pair.getPrivate().getEncoded(), key.getEncoded())) {
                throw new IllegalStateException("could not derive the public key of PARTVOTE_LOG_SIGNING_KEY");
            }
            return pair;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK provides Ed25519", e);
        }
    }
}
