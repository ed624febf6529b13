package com.partvote.domain.election;

import com.partvote.domain.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When ballots are accepted: from {@code opensAt} (inclusive) until {@code closesAt}
 * (exclusive); without {@code closesAt} the election stays open until someone closes it.
 */
public record VotingWindow(Instant opensAt, Instant closesAt) {

    public VotingWindow {
        Objects.requireNonNull(opensAt, "opensAt");
        if (closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new InvalidValueException("closes_at", "range", "the window must close after it opens");
        }
    }

    public static VotingWindow openEnded(Instant opensAt) {
        return new VotingWindow(opensAt, null);
    }

    public Optional<Instant> closes() {
        return Optional.ofNullable(closesAt);
    }

    public boolean hasOpened(Instant now) {
        return !now.isBefore(opensAt);
    }

    public boolean hasClosed(Instant now) {
        return closesAt != null && !now.isBefore(closesAt);
    }

    public boolean contains(Instant now) {
        return hasOpened(now) && !hasClosed(now);
    }
}
