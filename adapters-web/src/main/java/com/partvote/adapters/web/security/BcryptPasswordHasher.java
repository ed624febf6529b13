package com.partvote.adapters.web.security;

import com.partvote.application.port.out.PasswordHasher;
import com.partvote.domain.member.Password;
import com.partvote.domain.member.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * BCrypt (spring-security-crypto). BCrypt reads at most 72 bytes, and a 64-character Korean
 * password is up to 192 bytes of UTF-8, so the password is first reduced to the Base64 of its
 * SHA-256 digest (44 bytes): every character of every allowed password counts.
 */
public class BcryptPasswordHasher implements PasswordHasher {

    private final BCryptPasswordEncoder encoder;
    private final PasswordHash decoy;

    public BcryptPasswordHasher(int cost) {
        this.encoder = new BCryptPasswordEncoder(cost);
        this.decoy = new PasswordHash(encoder.encode(prehash("decoy-password-that-nobody-has")));
    }

    @Override
    public PasswordHash hash(Password password) {
        return new PasswordHash(encoder.encode(prehash(password.reveal())));
    }

    @Override
    public boolean matches(Password attempt, PasswordHash hash) {
        return encoder.matches(prehash(attempt.reveal()), hash.value());
    }

    @Override
    public PasswordHash decoy() {
        return decoy;
    }

    private static String prehash(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
