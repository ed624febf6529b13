package com.partvote.domain.log;

import java.util.Base64;
import java.util.Objects;

/**
 * A tree head with the log's Ed25519 signature over its {@link TreeHead#signingBytes()} and the id
 * of the key that made it ({@link LogKey#id()}). The signature is kept as its Base64 text, as it is
 * published.
 */
public record SignedTreeHead(TreeHead head, String keyId, String signature) {

    public SignedTreeHead {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
    }

    public static SignedTreeHead of(TreeHead head, String keyId, byte[] signature) {
        return new SignedTreeHead(head, keyId, Base64.getEncoder().encodeToString(signature));
    }

    /** The signature's bytes; text that is no Base64 reads as no signature at all. */
    public byte[] signatureBytes() {
        try {
            return Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    public long size() {
        return head.size();
    }
}
