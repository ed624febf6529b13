package com.partvote.application.port.out;

import com.partvote.domain.member.Email;
import com.partvote.domain.member.RollEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The voter roll, keyed by canonical email. */
public interface VoterRollPort {

    /**
     * Inserts or updates every entry (an unchanged one is left alone), all or nothing: the caller's
     * transaction holds the whole upload.
     */
    RollCounts upsert(List<RollEntry> entries, Instant now);

    Optional<RollEntry> findEntry(Email email);

    /** Every entry, by email. */
    List<RollEntry> entries();

    /** Removes the entry; false when there was none. */
    boolean remove(Email email);

    record RollCounts(int added, int updated, int unchanged) {
    }
}
