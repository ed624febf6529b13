package com.partvote.application.auth;

import com.partvote.domain.DomainException;

/** The caller is who they say, but may not do this: ADMIN_REQUIRED, or ACCOUNT_DISABLED. */
public class AccessDeniedException extends DomainException {

    public enum Reason {
        ADMIN_REQUIRED("only an admin may do this"),
        ACCOUNT_DISABLED("this account was disabled by an admin");

        private final String description;

        Reason(String description) {
            this.description = description;
        }
    }

    public AccessDeniedException(Reason reason) {
        super(reason.name(), reason.description);
    }
}
