package com.partvote.application.service;

import com.partvote.application.port.in.ViewResultsUseCase;
import com.partvote.application.port.out.ResultsQueryPort;
import com.partvote.domain.member.Part;
import com.partvote.domain.tally.Standing;
import com.partvote.domain.tally.Tally;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Standings per part, ranked by the domain's tally rule. */
public class ResultsService implements ViewResultsUseCase {

    private final ResultsQueryPort results;

    public ResultsService(ResultsQueryPort results) {
        this.results = results;
    }

    @Override
    public List<Standing> standings(Part part) {
        return Tally.rank(results.countVotes(part));
    }

    @Override
    public Results results() {
        Map<Part, List<Standing>> byPart = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            byPart.put(part, standings(part));
        }
        ResultsQueryPort.Turnout turnout = results.turnout();
        return new Results(Map.copyOf(byPart), turnout.ballots(), turnout.voters());
    }
}
