package com.partvote.application.service;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.auth.AuthenticationFailedException.Reason;
import com.partvote.application.port.in.AuthenticateUseCase;
import com.partvote.application.port.out.AccessTokenPort;
import com.partvote.application.port.out.TokenDenyListPort;

/** A bearer token is the caller when its signature and lifetime hold and neither it nor its session is denied. */
public class AuthenticateService implements AuthenticateUseCase {

    private final AccessTokenPort accessTokens;
    private final TokenDenyListPort denyList;

    public AuthenticateService(AccessTokenPort accessTokens, TokenDenyListPort denyList) {
        this.accessTokens = accessTokens;
        this.denyList = denyList;
    }

    @Override
    public AccessClaims authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            throw new AuthenticationFailedException(Reason.TOKEN_MISSING);
        }
        AccessClaims claims = accessTokens.verify(bearerToken);
        confirm(claims);
        return claims;
    }

    @Override
    public void confirm(AccessClaims claims) {
        if (denyList.isDenied(claims.tokenId()) || denyList.isDenied(claims.session().value())) {
            throw new AuthenticationFailedException(Reason.TOKEN_REVOKED);
        }
    }
}
