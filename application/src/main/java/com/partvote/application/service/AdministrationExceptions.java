package com.partvote.application.service;

import com.partvote.domain.DomainException;
import com.partvote.domain.member.MemberId;

/** Refusals of the admin's acts on members. */
public final class AdministrationExceptions {

    private AdministrationExceptions() {
    }

    /** 404 MEMBER_NOT_FOUND. */
    public static final class MemberNotFoundException extends DomainException {
        public MemberNotFoundException(MemberId id) {
            super("MEMBER_NOT_FOUND", "no member with id " + id.value());
        }
    }

    /** 409 LAST_ADMIN: the club would be left without anyone to run it. */
    public static final class LastAdminException extends DomainException {
        public LastAdminException() {
            super("LAST_ADMIN", "the last admin cannot lose the role");
        }
    }

    /** 409 MEMBER_IS_ADMIN: an admin is not disabled; revoke the role first. */
    public static final class MemberIsAdminException extends DomainException {
        public MemberIsAdminException() {
            super("MEMBER_IS_ADMIN", "an admin cannot be disabled; revoke the role first");
        }
    }

    /** 409 ADMIN_BY_CONFIGURATION: the member is an admin because the configuration names their email. */
    public static final class ConfiguredAdminException extends DomainException {
        public ConfiguredAdminException() {
            super("ADMIN_BY_CONFIGURATION", "this member is an admin by configuration (PARTVOTE_ADMIN_EMAILS)");
        }
    }
}
