package com.partvote.application.port.out;

import com.partvote.domain.election.ElectionId;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.tally.ChoiceVotes;
import java.util.List;

/**
 * Read side of the tally. It bypasses the sheets on purpose: standings are read far more often
 * than ballots change, so the store answers from maintained counts, at a cost that does not grow
 * with the number of ballots.
 */
public interface StandingsQueryPort {

    /** Every choice of the election with its vote count, in no particular order. */
    List<ChoiceVotes> countVotes(ElectionId election);

    /** How many choices the election's sheets hold together, and how many voters hold a sheet. */
    Turnout turnout(ElectionId election);

    /** The members who hold a sheet in the election now, by id (never what the sheets hold). */
    List<MemberId> votersOf(ElectionId election);

    record Turnout(long ballots, long voters) {
    }
}
