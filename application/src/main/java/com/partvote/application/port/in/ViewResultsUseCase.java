package com.partvote.application.port.in;

import com.partvote.domain.member.Part;
import com.partvote.domain.tally.Standing;
import java.util.List;
import java.util.Map;

/** The standings: per part, most votes first, ties by name; no voter identity anywhere. */
public interface ViewResultsUseCase {

    List<Standing> standings(Part part);

    Results results();

    record Results(Map<Part, List<Standing>> standings, long ballots, long voters) {
    }
}
