package com.partvote.application.service;

import com.partvote.application.port.in.ViewResultsUseCase;
import com.partvote.application.port.in.ViewStandingsUseCase.ElectionStandings;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.domain.member.Part;
import com.partvote.domain.tally.Standing;
import com.partvote.domain.tally.Tally;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seed API's per-part results, mapped onto each part's election. Ballots and voters add up
 * the two elections; a member votes only in their own part's election, so nobody is counted twice.
 */
public class PartResultsService implements ViewResultsUseCase {

    private final LoadElectionPort elections;
    private final StandingsQueryPort standings;
    private final Clock clock;

    public PartResultsService(LoadElectionPort elections, StandingsQueryPort standings, Clock clock) {
        this.elections = elections;
        this.standings = standings;
        this.clock = clock;
    }

    @Override
    public List<Standing> standings(Part part) {
        // the list alone: no turnout query, this is the route the old client polls
        return elections.findElectionForPart(part).filter(ElectionLookup::isVisible)
                .map(e -> {
                    ViewStandingsService.requireVisible(e, clock.instant());
                    return Tally.rank(standings.countVotes(e.id()));
                }).orElse(List.of());
    }

    @Override
    public Results results() {
        Map<Part, List<Standing>> byPart = new EnumMap<>(Part.class);
        long ballots = 0;
        long voters = 0;
        for (Part part : Part.values()) {
            Optional<ElectionStandings> of = ofPart(part);
            byPart.put(part, of.map(ElectionStandings::standings).orElse(List.of()));
            ballots += of.map(ElectionStandings::ballots).orElse(0L);
            voters += of.map(ElectionStandings::voters).orElse(0L);
        }
        return new Results(Map.copyOf(byPart), ballots, voters);
    }

    private Optional<ElectionStandings> ofPart(Part part) {
        return elections.findElectionForPart(part).filter(ElectionLookup::isVisible)
                .map(e -> ViewStandingsService.of(e, clock.instant(), standings));
    }
}
