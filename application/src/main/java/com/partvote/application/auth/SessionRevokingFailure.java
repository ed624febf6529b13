package com.partvote.application.auth;

/** A refresh failure that revoked its session: the revocation must be committed. */
public class SessionRevokingFailure extends AuthenticationFailedException implements CommitsOnFailure {
    public SessionRevokingFailure(Reason reason) {
        super(reason);
    }
}
