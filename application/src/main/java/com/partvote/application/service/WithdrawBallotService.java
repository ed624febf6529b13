package com.partvote.application.service;

import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.WithdrawBallotUseCase;
import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.domain.ballot.BallotRefusedException;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.election.Election;
import com.partvote.domain.member.MemberId;
import java.time.Clock;
import java.time.Instant;

/** Withdraws a member's sheet while the election is open; withdrawing nothing is not an error. */
public class WithdrawBallotService implements WithdrawBallotUseCase {

    private final ElectionLookup lookup;
    private final RecordBallotPort ballots;
    private final Clock clock;

    public WithdrawBallotService(ElectionLookup lookup, RecordBallotPort ballots, Clock clock) {
        this.lookup = lookup;
        this.ballots = ballots;
        this.clock = clock;
    }

    @Override
    public BallotSheet withdrawBallot(ElectionRef ref, MemberId voter) {
        Election election = lookup.visible(ref);
        Instant now = clock.instant();
        election.checkOpen(now).ifPresent(refusal -> {
            throw new BallotRefusedException(refusal);
        });
        MemberId member = lookup.voter(voter).id();
        ballots.withdrawSheet(election, member);
        return BallotSheet.empty(election.id(), member, now);
    }
}
