package com.partvote.domain.log;

import com.partvote.domain.InvalidValueException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The log's public key: Ed25519 (RFC 8032) through the JDK's own provider, published as the
 * Base64 of its X.509 SubjectPublicKeyInfo. Its id is the SHA-256 of those bytes in hex, and
 * every tree head names the id of the key that signed it, so a head signed with another key is
 * told apart from a head with a broken signature.
 */
public final class LogKey {

    public static final String ALGORITHM = "Ed25519";

    private final byte[] spki;
    private final PublicKey key;

    private LogKey(byte[] spki, PublicKey key) {
        this.spki = spki;
        this.key = key;
    }

    /** The key of these SubjectPublicKeyInfo bytes; anything but an Ed25519 key is refused. */
    public static LogKey of(byte[] spki) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(spki));
            return new LogKey(spki.clone(), key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidValueException("key", "format", "not an Ed25519 public key (X.509 SubjectPublicKeyInfo)");
        }
    }

    public static LogKey of(PublicKey key) {
        return of(key.getEncoded());
    }

    public static LogKey ofBase64(String text) {
        try {
            return of(Base64.getDecoder().decode(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("key", "format", "the key is the Base64 of its SubjectPublicKeyInfo");
        }
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(spki);
    }

    /** SHA-256 of the SubjectPublicKeyInfo, in hex. */
    public String id() {
        return Hash.sha256(spki).hex();
    }

    public PublicKey publicKey() {
        return key;
    }

    /** Whether this key made the head's signature (and the head says so). */
    public boolean signed(SignedTreeHead head) {
        if (!id().equals(head.keyId())) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(head.head().signingBytes());
            return verifier.verify(head.signatureBytes());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
