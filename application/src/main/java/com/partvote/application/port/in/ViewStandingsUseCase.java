package com.partvote.application.port.in;

import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionState;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.tally.Standing;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The standings of one election, most votes first, ties by name; refused with
 * RESULTS_EMBARGOED while the election hides them. No voter identity anywhere.
 */
public interface ViewStandingsUseCase {

    ElectionStandings standings(ElectionRef election, Optional<MemberId> viewer);

    record ElectionStandings(Election election, ElectionState state, List<Standing> standings,
                             long ballots, long voters, Instant at) {
        public ElectionStandings {
            standings = List.copyOf(standings);
        }
    }
}
