package com.partvote.domain.log;

import com.partvote.domain.DomainException;

/** What a reader of the ballot log can be told instead of an answer. */
public final class LogExceptions {

    private LogExceptions() {
    }

    /** 404 TRACKER_NOT_FOUND: no ballot of this election's log is under that tracker (or the member has none). */
    public static final class TrackerNotFoundException extends DomainException {
        public TrackerNotFoundException(String tracker) {
            super("TRACKER_NOT_FOUND", "no ballot in the log under tracker " + tracker);
        }
    }

    /**
     * 409 LOG_ENTRY_PENDING: the tracker's latest change is recorded but the sequencer has not yet
     * given it its place (it does within seconds), so no head covers it and there is nothing to prove.
     */
    public static final class LogEntryPendingException extends DomainException {
        public LogEntryPendingException(String tracker) {
            super("LOG_ENTRY_PENDING", "the latest change under tracker " + tracker + " is not in a signed head yet");
        }
    }

    /** 404 LOG_NOT_STARTED: the election's log has no signed head yet (it opened moments ago, or has not opened). */
    public static final class LogNotStartedException extends DomainException {
        public LogNotStartedException(String election) {
            super("LOG_NOT_STARTED", "the log of election " + election + " has no signed head yet");
        }
    }
}
