package com.partvote.application.port.in;

import com.partvote.application.auth.AccessClaims;

/** Turns a bearer token into the verified caller, or refuses it. */
public interface AuthenticateUseCase {

    AccessClaims authenticate(String bearerToken);

    /** Refuses (TOKEN_REVOKED) claims whose token or session has been denied since they were verified. */
    void confirm(AccessClaims claims);
}
