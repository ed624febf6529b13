package com.partvote.domain.log;

import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.ElectionId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A change of one sheet, recorded with the ballot change itself and not yet given its place in
 * the log: the sequencer turns it into a {@link LogEntry} at the next free index. Kept apart from
 * the entry because the index is decided later, by the one sequencer of the election, so that
 * voters never wait on each other for a counter.
 */
public record BallotChange(ElectionId election, BallotTracker tracker, List<ChoiceId> choices, Instant at) {

    public BallotChange {
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(tracker, "tracker");
        Objects.requireNonNull(at, "at");
        choices = LogEntry.sorted(choices);
    }

    public static BallotChange of(ElectionId election, BallotTracker tracker, Collection<ChoiceId> choices, Instant at) {
        return new BallotChange(election, tracker, List.copyOf(choices), at);
    }

    /** This change as the entry at {@code index}. */
    public LogEntry at(long index) {
        return new LogEntry(election, index, at, tracker, choices);
    }
}
