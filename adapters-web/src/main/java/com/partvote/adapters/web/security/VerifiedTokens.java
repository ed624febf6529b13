package com.partvote.adapters.web.security;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.auth.AuthenticationFailedException.Reason;
import com.partvote.application.port.out.AccessTokenPort;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the tokens whose signature was verified, so that a client sending the same token on
 * every request (a member voting through the list, a page polling) has it parsed and its HMAC
 * checked once: the profile of the vote route put JWT parsing and HS256 at a fifth of its CPU.
 *
 * <p>Only what the verifier accepted is remembered (a flood of forged tokens costs the verifier,
 * never the memory), keyed by the whole token text, signature included, so a token differing in one
 * character is verified afresh. Expiry is judged again on every use, with the verifier's clock skew,
 * so a remembered token stops working at the same instant as a parsed one. Revocation is not this
 * class's business: the caller checks the deny list on every request either way.
 *
 * <p>Bounded: two generations of at most {@code capacity} tokens each; when the young one is full
 * it becomes the old one and the old one is dropped, so a token in use stays (it is promoted when
 * found in the old generation) and memory stays under two generations' worth.
 */
public final class VerifiedTokens implements AccessTokenPort {

    private final AccessTokenPort verifier;
    private final Clock clock;
    private final Duration allowedClockSkew;
    private final int capacity;
    private volatile Map<String, AccessClaims> young = new ConcurrentHashMap<>();
    private volatile Map<String, AccessClaims> old = new ConcurrentHashMap<>();

    public VerifiedTokens(AccessTokenPort verifier, Clock clock, Duration allowedClockSkew, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.verifier = verifier;
        this.clock = clock;
        this.allowedClockSkew = allowedClockSkew;
        this.capacity = capacity;
    }

    @Override
    public String sign(AccessClaims claims) {
        return verifier.sign(claims);
    }

    @Override
    public AccessClaims verify(String token) {
        AccessClaims claims = young.get(token);
        if (claims == null) {
            claims = old.get(token);
            if (claims == null) {
                claims = verifier.verify(token); // throws for a token it refuses: nothing remembered
            }
            remember(token, claims);
        }
        if (clock.instant().minus(allowedClockSkew).isAfter(claims.expiresAt())) {
            young.remove(token);
            old.remove(token);
            throw new AuthenticationFailedException(Reason.TOKEN_EXPIRED);
        }
        return claims;
    }

    /** How many tokens are remembered (both generations; a promoted token may count twice). */
    int size() {
        return young.size() + old.size();
    }

    private void remember(String token, AccessClaims claims) {
        Map<String, AccessClaims> current = young;
        if (current.size() >= capacity) {
            synchronized (this) {
                if (young == current) {
                    old = current;
                    young = current = new ConcurrentHashMap<>();
                } else {
                    current = young;
                }
            }
        }
        current.put(token, claims);
    }
}
