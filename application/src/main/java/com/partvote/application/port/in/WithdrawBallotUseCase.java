package com.partvote.application.port.in;

import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.member.MemberId;

/** A member withdraws their sheet while the election is open; returns the (now empty) sheet. */
public interface WithdrawBallotUseCase {

    BallotSheet withdrawBallot(ElectionRef election, MemberId voter);
}
