package com.partvote.application.port.in;

import com.partvote.application.port.out.BallotLogPort.RecordedChange;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.log.BallotTracker;
import com.partvote.domain.log.Hash;
import com.partvote.domain.log.LogKey;
import com.partvote.domain.log.PublishedEntry;
import com.partvote.domain.log.SignedTreeHead;
import com.partvote.domain.member.MemberId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ballot log: what anyone may read of it (entries, signed heads, proofs, the key), what a
 * member reads of their own ballot in it (the receipt), and the sequencing that gives recorded
 * changes their place.
 */
public final class BallotLogUseCases {

    private BallotLogUseCases() {
    }

    /** The public log of a visible election. No route of it names a member. */
    public interface ViewBallotLogUseCase {

        /**
         * Sequenced entries from leaf index {@code from}, at most {@code limit} (1 to
         * {@link #MAX_PAGE}); refused with RESULTS_EMBARGOED while the election hides its
         * standings, since the entries add up to them.
         */
        EntriesPage entries(ElectionRef election, long from, int limit);

        int MAX_PAGE = 1000;

        /** The latest signed head; LOG_NOT_STARTED before the first. */
        SignedTreeHead latestHead(ElectionRef election);

        /** Every signed head, smallest first. */
        List<SignedTreeHead> heads(ElectionRef election);

        /**
         * The tracker's latest entry and its inclusion proof against the latest head:
         * TRACKER_NOT_FOUND for a tracker the log does not hold, LOG_ENTRY_PENDING while the latest
         * change waits for the sequencer.
         */
        InclusionProof proof(ElectionRef election, BallotTracker tracker);

        /** The consistency proof from the tree of {@code from} entries to that of {@code to}, both at most the latest head's size. */
        ConsistencyProof consistency(ElectionRef election, long from, long to);

        LogKey key();
    }

    /** A member's own ballot in the log. */
    public interface ViewReceiptUseCase {

        /** The member's tracker, their latest change in the log and the head that covers it; TRACKER_NOT_FOUND if they have none. */
        Receipt receipt(ElectionRef election, MemberId member);

        /** The member's tracker, if they have changed their sheet in the election. */
        Optional<BallotTracker> tracker(ElectionRef election, MemberId member);
    }

    /** What the sequencer's clock calls: which elections are due, then each one in its own transaction. */
    public interface SequenceLogUseCase {

        /**
         * Elections with pending changes, those that have opened but have no head yet, and those
         * that have closed (by the clock, say) without a head signed since.
         */
        List<ElectionId> due();

        /** Sequences the election, skipping it if another instance is at it; signs its closing head once it has closed. */
        Optional<SignedTreeHead> sequence(ElectionId election);
    }

    public record EntriesPage(ElectionId election, List<PublishedEntry> entries) {
        public EntriesPage {
            Objects.requireNonNull(election, "election");
            entries = List.copyOf(entries);
        }
    }

    public record InclusionProof(PublishedEntry entry, SignedTreeHead head, List<Hash> path) {
        public InclusionProof {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(head, "head");
            path = List.copyOf(path);
        }
    }

    public record ConsistencyProof(ElectionId election, long from, long to, List<Hash> path) {
        public ConsistencyProof {
            Objects.requireNonNull(election, "election");
            path = List.copyOf(path);
        }
    }

    /** {@code head}: the latest head, once it covers the latest change. */
    public record Receipt(ElectionId election, RecordedChange latest, Optional<SignedTreeHead> head) {
        public Receipt {
            Objects.requireNonNull(election, "election");
            Objects.requireNonNull(latest, "latest");
            Objects.requireNonNull(head, "head");
        }

        public BallotTracker tracker() {
            return latest.tracker();
        }
    }
}
