package com.partvote.application.port.out;

import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.log.BallotTracker;
import com.partvote.domain.log.Hash;
import com.partvote.domain.log.PublishedEntry;
import com.partvote.domain.log.SignedTreeHead;
import com.partvote.domain.member.MemberId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Each election's ballot log, as the store keeps it. Entries are not written here: the
 * {@link RecordBallotPort} appends one, as a pending change, in the same atomic step as every
 * sheet change it accepts (a refused change appends nothing), under the voter's tracker, which it
 * creates on the voter's first change in the election (concurrent first changes of one voter agree
 * on one tracker). The link from member to tracker is private: nothing here lists it.
 *
 * <p>The sequencer ({@link #sequence}) then gives the committed pending changes, in the order they
 * were recorded, the next leaf indexes, stores their leaf hashes and a signed tree head. At most
 * one sequencer works on an election at a time, across every instance sharing the store; voters
 * never wait for it, nor for each other.
 */
public interface BallotLogPort {

    /** The member's tracker in the election, if they ever changed their sheet there. */
    Optional<BallotTracker> trackerOf(ElectionId election, MemberId member);

    /** The latest change under the tracker, sequenced (with its index) or still pending. */
    Optional<RecordedChange> latestChange(ElectionId election, BallotTracker tracker);

    /** Sequenced entries from leaf index {@code from}, at most {@code limit}, by index, with the leaf hashes as stored. */
    List<PublishedEntry> entries(ElectionId election, long from, int limit);

    /** The stored leaf hashes of the entries {@code 0 .. size-1}, by index. */
    List<Hash> leafHashes(ElectionId election, long size);

    /** Every signed head of the election, smallest first. */
    List<SignedTreeHead> heads(ElectionId election);

    Optional<SignedTreeHead> latestHead(ElectionId election);

    /** The elections with pending changes. */
    List<ElectionId> withPendingChanges();

    /**
     * Sequences the election's committed pending changes and signs a head over the grown log, or
     * over the empty log when the election has no head yet. Answers the head it wrote.
     */
    Optional<SignedTreeHead> sequence(ElectionId election, Sequencing how, TreeHeadSigner signer);

    /** How {@link #sequence} goes about it. */
    enum Sequencing {
        /** Nothing when another sequencer holds the election (it is doing the work); a head only if the log grew. */
        IF_IDLE,
        /** Waits for another sequencer; a head only if the log grew. */
        NOW,
        /**
         * Waits, and signs a head even if nothing changed: the head of a closed election, dated after
         * its close, which tells a verifier that this log is the whole election.
         */
        CLOSING
    }

    /** One recorded change of a sheet: its choices after the change, when, and its leaf index once sequenced. */
    record RecordedChange(BallotTracker tracker, List<ChoiceId> choices, Instant at, OptionalLong index) {
        public RecordedChange {
            Objects.requireNonNull(tracker, "tracker");
            Objects.requireNonNull(index, "index");
            at = at.truncatedTo(ChronoUnit.MILLIS); // as the entry carries it
            choices = List.copyOf(choices);
        }

        public boolean pending() {
            return index.isEmpty();
        }
    }
}
