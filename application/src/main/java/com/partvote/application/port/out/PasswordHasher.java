package com.partvote.application.port.out;

import com.partvote.domain.member.Password;
import com.partvote.domain.member.PasswordHash;

/** One-way password hashing with a deliberately slow, salted algorithm. */
public interface PasswordHasher {

    PasswordHash hash(Password password);

    boolean matches(Password attempt, PasswordHash hash);

    /**
     * A valid hash of a password nobody knows, so that a login for an unknown email costs
     * the same time as one with a wrong password.
     */
    PasswordHash decoy();
}
