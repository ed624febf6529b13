package com.partvote.application.service;

import com.partvote.application.auth.AccessPolicy;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ElectionReportUseCases.ExportResultsUseCase;
import com.partvote.application.port.in.ViewStandingsUseCase.ElectionStandings;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.domain.member.MemberId;
import java.time.Clock;

/** The standings of any election (drafts and embargoed ones included), for an admin's export. */
public class ExportResultsService implements ExportResultsUseCase {

    private final AccessPolicy access;
    private final AdminElections elections;
    private final StandingsQueryPort standings;
    private final Clock clock;

    public ExportResultsService(AccessPolicy access, AdminElections elections, StandingsQueryPort standings, Clock clock) {
        this.access = access;
        this.elections = elections;
        this.standings = standings;
        this.clock = clock;
    }

    @Override
    public ElectionStandings export(MemberId actor, ElectionRef ref) {
        access.requireAdmin(actor);
        return ViewStandingsService.of(elections.find(ref), clock.instant(), standings, true);
    }
}
