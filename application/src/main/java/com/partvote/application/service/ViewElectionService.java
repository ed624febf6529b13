package com.partvote.application.service;

import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ElectionView;
import com.partvote.application.port.in.ViewElectionUseCase;
import com.partvote.application.port.out.LoadBallotSheetPort;
import com.partvote.application.service.ListElectionsService.ElectionViews;
import com.partvote.domain.election.Election;
import com.partvote.domain.member.MemberId;
import java.util.Optional;

/** One election with its choices, as the caller sees it. */
public class ViewElectionService implements ViewElectionUseCase {

    private final ElectionLookup lookup;
    private final LoadBallotSheetPort sheets;
    private final ElectionViews views;

    public ViewElectionService(ElectionLookup lookup, LoadBallotSheetPort sheets, ElectionViews views) {
        this.lookup = lookup;
        this.sheets = sheets;
        this.views = views;
    }

    @Override
    public ElectionView viewElection(ElectionRef ref, Optional<MemberId> viewer) {
        Election election = lookup.visible(ref, lookup.isOrganiser(viewer));
        return views.view(election, viewer.map(views::voter),
                viewer.flatMap(member -> sheets.sheetOf(election.id(), member)));
    }
}
