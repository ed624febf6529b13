package com.partvote.application.port.in;

import com.partvote.domain.member.Part;
import com.partvote.domain.tally.Standing;
import java.util.List;
import java.util.Map;

/**
 * The seed API's per-part view: the standings of the election held for each part (its
 * part-leader vote), and the ballots and voters of those elections together.
 */
public interface ViewResultsUseCase {

    List<Standing> standings(Part part);

    Results results();

    record Results(Map<Part, List<Standing>> standings, long ballots, long voters) {
    }
}
