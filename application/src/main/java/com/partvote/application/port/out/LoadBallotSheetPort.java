package com.partvote.application.port.out;

import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.member.MemberId;
import java.util.Map;
import java.util.Optional;

/** Reads a voter's own sheets. */
public interface LoadBallotSheetPort {

    Optional<BallotSheet> sheetOf(ElectionId election, MemberId voter);

    /** The voter's non-empty sheets, by election. */
    Map<ElectionId, BallotSheet> sheetsOf(MemberId voter);
}
