package com.partvote.domain.log;

import com.partvote.domain.InvalidValueException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A SHA-256 digest: a leaf's hash, an inner node's, a tree's root. A value, not an array, so that
 * two hashes compare by their bytes and nobody can change one after it was computed; its text
 * form is 64 lower-case hex digits, as every route and the verifier write it.
 */
public final class Hash {

    public static final int LENGTH = 32;

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The hash with these 32 bytes. */
    public static Hash of(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("a SHA-256 hash is 32 bytes");
        }
        return new Hash(bytes.clone());
    }

    /** Reads 64 hex digits (either case); anything else is a {@code format} error of the field {@code hash}. */
    public static Hash ofHex(String hex) {
        if (hex == null || hex.length() != 2 * LENGTH) {
            throw new InvalidValueException("hash", "format", "a hash is 64 hex digits");
        }
        try {
            return new Hash(HEX.parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("hash", "format", "a hash is 64 hex digits");
        }
    }

    /** SHA-256 of the parts, one after the other. */
    public static Hash sha256(byte[]... parts) {
        MessageDigest digest = newDigest();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return new Hash(digest.digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    /** A copy of the 32 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    void feed(MessageDigest digest) {
        digest.update(bytes);
    }

    public String hex() {
        return HEX.formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hash h && MessageDigest.isEqual(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
