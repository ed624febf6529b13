package com.partvote.application.service;

import com.partvote.application.port.in.BallotLogUseCases.ConsistencyProof;
import com.partvote.application.port.in.BallotLogUseCases.EntriesPage;
import com.partvote.application.port.in.BallotLogUseCases.InclusionProof;
import com.partvote.application.port.in.BallotLogUseCases.ViewBallotLogUseCase;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.out.BallotLogPort.RecordedChange;
import com.partvote.application.port.out.BallotLogPort;
import com.partvote.application.port.out.TreeHeadSigner;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ResultsEmbargoedException;
import com.partvote.domain.log.BallotTracker;
import com.partvote.domain.log.Hash;
import com.partvote.domain.log.LogExceptions.LogEntryPendingException;
import com.partvote.domain.log.LogExceptions.LogNotStartedException;
import com.partvote.domain.log.LogExceptions.TrackerNotFoundException;
import com.partvote.domain.log.LogKey;
import com.partvote.domain.log.MerkleTree;
import com.partvote.domain.log.PublishedEntry;
import com.partvote.domain.log.SignedTreeHead;
import java.time.Clock;
import java.util.List;

/**
 * The public side of the log. Proofs are computed here from the stored leaf hashes, against the
 * signed heads, so that a reader needs nothing but the answer, the published key and the
 * algorithms of RFC 9162 to check them.
 */
public class ViewBallotLogService implements ViewBallotLogUseCase {

    private final ElectionLookup lookup;
    private final BallotLogPort log;
    private final TreeHeadSigner signer;
    private final Clock clock;

    public ViewBallotLogService(ElectionLookup lookup, BallotLogPort log, TreeHeadSigner signer, Clock clock) {
        this.lookup = lookup;
        this.log = log;
        this.signer = signer;
        this.clock = clock;
    }

    @Override
    public EntriesPage entries(ElectionRef ref, long from, int limit) {
        if (from < 0) {
            throw new InvalidValueException("from", "range", "a leaf index starts at 0");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidValueException("limit", "range", "a page holds 1 to " + MAX_PAGE + " entries");
        }
        Election election = lookup.visible(ref);
        if (!election.standingsVisible(clock.instant(), false)) {
            // every entry is a sheet: together they are the standings the election still hides
            throw new ResultsEmbargoedException(election.id());
        }
        return new EntriesPage(election.id(), log.entries(election.id(), from, limit));
    }

    @Override
    public SignedTreeHead latestHead(ElectionRef ref) {
        Election election = lookup.visible(ref);
        return log.latestHead(election.id())
                .orElseThrow(() -> new LogNotStartedException(election.slug().value()));
    }

    @Override
    public List<SignedTreeHead> heads(ElectionRef ref) {
        return log.heads(lookup.visible(ref).id());
    }

    @Override
    public InclusionProof proof(ElectionRef ref, BallotTracker tracker) {
        Election election = lookup.visible(ref);
        RecordedChange latest = log.latestChange(election.id(), tracker)
                .orElseThrow(() -> new TrackerNotFoundException(tracker.value()));
        SignedTreeHead head = log.latestHead(election.id()).orElse(null);
        long index = latest.index().orElse(-1);
        if (index < 0 || head == null || index >= head.size()) {
            throw new LogEntryPendingException(tracker.value());
        }
        List<Hash> leaves = log.leafHashes(election.id(), head.size());
        PublishedEntry entry = log.entries(election.id(), index, 1).get(0);
        return new InclusionProof(entry, head, MerkleTree.inclusionProof(leaves, (int) index));
    }

    @Override
    public ConsistencyProof consistency(ElectionRef ref, long from, long to) {
        Election election = lookup.visible(ref);
        long latest = log.latestHead(election.id()).map(SignedTreeHead::size).orElse(0L);
        if (to < 0 || to > latest) {
            throw new InvalidValueException("to", "range", "a size from 0 to the latest head's, " + latest);
        }
        if (from < 0 || from > to) {
            throw new InvalidValueException("from", "range", "a size from 0 to " + to);
        }
        List<Hash> leaves = log.leafHashes(election.id(), to);
        return new ConsistencyProof(election.id(), from, to, MerkleTree.consistencyProof(leaves, (int) from));
    }

    @Override
    public LogKey key() {
        return signer.key();
    }
}
