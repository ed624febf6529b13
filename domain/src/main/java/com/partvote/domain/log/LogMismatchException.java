package com.partvote.domain.log;

import com.partvote.domain.DomainException;
import java.util.Objects;

/**
 * The log and the results disagree, or the log disagrees with itself: publishing stops here, so
 * that no result is published that the published log would not reproduce.
 */
public class LogMismatchException extends DomainException {

    private final LogMismatch mismatch;

    public LogMismatchException(LogMismatch mismatch) {
        super("LOG_MISMATCH", "the ballot log does not check: " + Objects.requireNonNull(mismatch, "mismatch"));
        this.mismatch = mismatch;
    }

    public LogMismatch mismatch() {
        return mismatch;
    }
}
