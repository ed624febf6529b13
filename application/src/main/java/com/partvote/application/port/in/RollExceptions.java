package com.partvote.application.port.in;

import com.partvote.domain.DomainException;
import java.util.List;

/** Refusals about the voter roll. */
public final class RollExceptions {

    private RollExceptions() {
    }

    /** One bad line of an upload: its number, the field and why. */
    public record LineError(int line, String field, String reason) {
    }

    /** 400 ROLL_INVALID: the upload changed nothing; every bad line is named. */
    public static final class RollInvalidException extends DomainException {
        private final List<LineError> errors;

        public RollInvalidException(List<LineError> errors) {
            super("ROLL_INVALID", errors.size() + " bad line(s) in the roll");
            this.errors = List.copyOf(errors);
        }

        public List<LineError> errors() {
            return errors;
        }
    }

    /** 403 NOT_ON_ROLL: registration is by roll and this email is not on it. */
    public static final class NotOnRollException extends DomainException {
        public NotOnRollException() {
            super("NOT_ON_ROLL", "registration is by roll and this email is not on it");
        }
    }

    /** 404 ROLL_ENTRY_NOT_FOUND. */
    public static final class RollEntryNotFoundException extends DomainException {
        public RollEntryNotFoundException() {
            super("ROLL_ENTRY_NOT_FOUND", "no roll entry with this email");
        }
    }
}
