package com.partvote.application.service;

import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ViewBallotUseCase;
import com.partvote.application.port.out.LoadBallotSheetPort;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.election.Election;
import com.partvote.domain.member.MemberId;
import java.time.Clock;

/** A member's own sheet in one election. */
public class ViewBallotService implements ViewBallotUseCase {

    private final ElectionLookup lookup;
    private final LoadBallotSheetPort sheets;
    private final Clock clock;

    public ViewBallotService(ElectionLookup lookup, LoadBallotSheetPort sheets, Clock clock) {
        this.lookup = lookup;
        this.sheets = sheets;
        this.clock = clock;
    }

    @Override
    public BallotSheet viewBallot(ElectionRef ref, MemberId voter) {
        Election election = lookup.visible(ref);
        return sheets.sheetOf(election.id(), voter).orElseGet(() -> BallotSheet.empty(election.id(), voter, clock.instant()));
    }
}
