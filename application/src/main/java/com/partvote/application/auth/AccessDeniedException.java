package com.partvote.application.auth;

import com.partvote.domain.CodedException;

/**
 * The caller is who they say, but may not do this: ADMIN_REQUIRED, or ACCOUNT_DISABLED. A refusal
 * of access, not a broken business rule: a coded exception, not a domain one.
 */
public class AccessDeniedException extends CodedException {

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
