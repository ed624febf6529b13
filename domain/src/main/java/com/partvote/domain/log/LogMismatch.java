package com.partvote.domain.log;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The first thing found wrong with a log: which entry (by leaf index), head (by tree size) or
 * choice (by id) and why, in words a person reads in the verifier's output or the refusal's detail.
 */
public record LogMismatch(Subject subject, long number, String reason) {

    /** What {@code number} counts. */
    public enum Subject { ENTRY, HEAD, CHOICE }

    public LogMismatch {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
    }

    public static LogMismatch entry(long index, String reason) {
        return new LogMismatch(Subject.ENTRY, index, reason);
    }

    public static LogMismatch head(long size, String reason) {
        return new LogMismatch(Subject.HEAD, size, reason);
    }

    public static LogMismatch choice(long id, String reason) {
        return new LogMismatch(Subject.CHOICE, id, reason);
    }

    /** {@code {"entry": 3, "reason": "..."}}: the refusal's detail. */
    public Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(subject.name().toLowerCase(Locale.ROOT), number);
        facts.put("reason", reason);
        return facts;
    }

    @Override
    public String toString() {
        String what = switch (subject) {
            case ENTRY -> "entry " + number;
            case HEAD -> "head of size " + number;
            case CHOICE -> "choice " + number;
        };
        return what + ": " + reason;
    }
}
