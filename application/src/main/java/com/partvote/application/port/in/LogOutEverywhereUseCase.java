package com.partvote.application.port.in;

import com.partvote.application.auth.AccessClaims;
import com.partvote.domain.session.SessionId;
import java.util.List;

/** Ends every session of the caller, its own included: a logout on every device. */
public interface LogOutEverywhereUseCase {

    /** @return the sessions ended, the caller's own among them */
    List<SessionId> logOutEverywhere(AccessClaims caller);
}
