package com.partvote.application.port.out;

import java.time.Instant;
import java.util.UUID;

/**
 * Access tokens that must be refused although their signature and lifetime are fine: a
 * logged-out token's id, or a revoked session's id. Every instance sharing the store must see
 * an entry within a second of it being added.
 */
public interface TokenDenyListPort {

    /** Refuses {@code id} until {@code until} (after which the token has expired anyway). */
    void deny(UUID id, Instant until);

    boolean isDenied(UUID id);

    /** Deletes entries whose {@code until} lies before {@code now}. Returns how many. */
    int purgeExpiredDenials(Instant now);
}
