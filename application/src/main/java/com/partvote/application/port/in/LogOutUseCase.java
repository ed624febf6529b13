package com.partvote.application.port.in;

import com.partvote.application.auth.AccessClaims;

/** Ends the session the access token belongs to; the token itself stops working everywhere. */
public interface LogOutUseCase {

    void logOut(AccessClaims caller);
}
