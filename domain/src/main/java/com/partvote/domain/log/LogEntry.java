package com.partvote.domain.log;

import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.ElectionId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One leaf of an election's ballot log: at {@code index}, at time {@code at}, the sheet under
 * {@code tracker} became exactly {@code choices} (an empty list: the sheet was withdrawn). The
 * last entry of a tracker is the ballot that counts ({@link LogTally}).
 *
 * <p><b>The canonical encoding</b>, which is what the leaf hash covers and what the verifier and
 * the browser rebuild from an entry's published fields, is the UTF-8 of
 * <pre>
 *   election|index|epochMillis|tracker|choice,choice,...
 * </pre>
 * with the election's numeric id, the leaf index and the time in milliseconds since 1970 in
 * decimal without leading zeros, the tracker as written, and the choice ids in decimal, ascending,
 * separated by commas (nothing after the last {@code |} for a withdrawal). For example
 * {@code 5|0|1764684000123|q5Jz0eH4lWlUj1WbQ8lN3A|20,22}. Every field is digits or the tracker's
 * alphabet, so the separators cannot occur inside one, and one entry has exactly one encoding.
 * The index is part of it, so an entry moved to another place no longer hashes to its leaf.
 */
public record LogEntry(ElectionId election, long index, Instant at, BallotTracker tracker, List<ChoiceId> choices) {

    public LogEntry {
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(tracker, "tracker");
        if (index < 0) {
            throw new IllegalArgumentException("a leaf index starts at 0: " + index);
        }
        at = at.truncatedTo(ChronoUnit.MILLIS);
        choices = sorted(choices);
    }

    /** The ids ascending; a choice twice is no sheet. */
    static List<ChoiceId> sorted(Collection<ChoiceId> choices) {
        List<ChoiceId> sorted = choices.stream().sorted((a, b) -> Long.compare(a.value(), b.value())).toList();
        if (sorted.stream().distinct().count() != sorted.size()) {
            throw new IllegalArgumentException("a sheet holds each choice once: " + sorted);
        }
        return sorted;
    }

    public boolean isWithdrawal() {
        return choices.isEmpty();
    }

    /** The canonical encoding (see the class comment). */
    public byte[] encoded() {
        String text = election.value() + "|" + index + "|" + at.toEpochMilli() + "|" + tracker.value() + "|"
                + choices.stream().map(c -> Long.toString(c.value())).collect(Collectors.joining(","));
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The leaf hash: SHA-256(0x00 || encoding). */
    public Hash leafHash() {
        return MerkleTree.leafHash(encoded());
    }
}
