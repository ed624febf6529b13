package com.partvote.application.port.in;

import com.partvote.application.auth.AccessClaims;
import com.partvote.domain.member.Password;
import com.partvote.domain.session.SessionId;
import java.util.List;
import java.util.Objects;

/**
 * A logged-in member changes its password: the current one proves it is the member, the new one
 * replaces it, and every other session of the member ends (the caller's own stays).
 */
public interface ChangePasswordUseCase {

    /**
     * @return the sessions this change ended
     * @throws com.partvote.application.auth.WrongPasswordException    the current password is wrong
     * @throws com.partvote.application.auth.TooManyAttemptsException too many wrong passwords (shared with logins)
     */
    List<SessionId> changePassword(AccessClaims caller, ChangePasswordCommand command);

    /** The current password as typed (not policy-checked, as at login) and the new one as chosen. */
    record ChangePasswordCommand(Password current, Password chosen, String clientAddress) {
        public ChangePasswordCommand {
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(chosen, "chosen");
            clientAddress = clientAddress == null ? "unknown" : clientAddress;
        }
    }
}
