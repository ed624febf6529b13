package com.partvote.application.port.out;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthenticationFailedException;

/** Signs and verifies access tokens. */
public interface AccessTokenPort {

    /** Signs a token carrying exactly these claims. */
    String sign(AccessClaims claims);

    /**
     * Verifies signature, algorithm, type and lifetime.
     *
     * @throws AuthenticationFailedException TOKEN_INVALID or TOKEN_EXPIRED
     */
    AccessClaims verify(String token);
}
