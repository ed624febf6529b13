package com.partvote.application.service;

import com.partvote.application.port.in.BallotLogUseCases.Receipt;
import com.partvote.application.port.in.BallotLogUseCases.ViewReceiptUseCase;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.out.BallotLogPort.RecordedChange;
import com.partvote.application.port.out.BallotLogPort;
import com.partvote.domain.election.Election;
import com.partvote.domain.log.BallotTracker;
import com.partvote.domain.log.LogExceptions.TrackerNotFoundException;
import com.partvote.domain.member.MemberId;
import java.util.Optional;

/**
 * A member's receipt: the tracker under which their ballot is in the public log, their latest
 * change there and the head that covers it. Only the member themself is ever told their tracker.
 */
public class ViewReceiptService implements ViewReceiptUseCase {

    private final ElectionLookup lookup;
    private final BallotLogPort log;

    public ViewReceiptService(ElectionLookup lookup, BallotLogPort log) {
        this.lookup = lookup;
        this.log = log;
    }

    @Override
    public Receipt receipt(ElectionRef ref, MemberId member) {
        Election election = lookup.visible(ref);
        BallotTracker tracker = log.trackerOf(election.id(), lookup.voter(member).id())
                .orElseThrow(() -> new TrackerNotFoundException("of member " + member));
        RecordedChange latest = log.latestChange(election.id(), tracker)
                .orElseThrow(() -> new TrackerNotFoundException(tracker.value()));
        return new Receipt(election.id(), latest, log.latestHead(election.id())
                .filter(head -> latest.index().isPresent() && latest.index().getAsLong() < head.size()));
    }

    @Override
    public Optional<BallotTracker> tracker(ElectionRef ref, MemberId member) {
        return log.trackerOf(lookup.visible(ref).id(), member);
    }
}
