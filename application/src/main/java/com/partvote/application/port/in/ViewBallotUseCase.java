package com.partvote.application.port.in;

import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.member.MemberId;

/** A member's own sheet in one election (empty when they hold nothing there). */
public interface ViewBallotUseCase {

    BallotSheet viewBallot(ElectionRef election, MemberId voter);
}
