package com.partvote.bootstrap;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves the HS256 signing key from configuration ({@code PARTVOTE_AUTH_JWT_SECRET}, Base64 of
 * at least 32 bytes). Outside production a missing key is replaced by a random one, with a
 * warning (tokens then die with the process). In production a missing, placeholder or short key
 * stops the application.
 */
final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    static final int MIN_BYTES = 32;

    private SigningKeys() {
    }

    static SecretKey resolve(String configured, boolean production) {
        if (configured == null || configured.isBlank()) {
            if (production) {
                throw new IllegalStateException("PARTVOTE_AUTH_JWT_SECRET is not set: the prod profile needs a "
                        + "Base64-encoded signing key of at least " + MIN_BYTES + " bytes (256 bits), "
                        + "e.g. from 'openssl rand -base64 32'.");
            }
            byte[] random = new byte[MIN_BYTES];
            new SecureRandom().nextBytes(random);
            log.warn("No PARTVOTE_AUTH_JWT_SECRET configured: using a random signing key for this run only. "
                    + "Tokens will not survive a restart or work across instances.");
            return new SecretKeySpec(random, "HmacSHA256");
        }
        String secret = configured.strip();
        if (PartvoteProperties.knownPlaceholderSecrets().contains(secret)) {
            throw new IllegalStateException("PARTVOTE_AUTH_JWT_SECRET is a placeholder value; set a random key.");
        }
        byte[] bytes;
        try {
            bytes = secret.contains("-") || secret.contains("_")
                    ? Base64.getUrlDecoder().decode(secret) : Base64.getDecoder().decode(secret);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PARTVOTE_AUTH_JWT_SECRET must be Base64 (e.g. 'openssl rand -base64 32').");
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException("PARTVOTE_AUTH_JWT_SECRET decodes to " + bytes.length
                    + " bytes; HS256 needs at least " + MIN_BYTES + " (256 bits).");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }
}
