package com.partvote.application.port.out;

import com.partvote.domain.member.Part;
import com.partvote.domain.tally.CandidateVotes;
import java.util.List;

/**
 * Read side of the tally. It bypasses the ballot aggregate on purpose: results are read far
 * more often than ballots are cast, so the store answers from maintained counts, at a cost
 * that does not grow with the number of ballots.
 */
public interface ResultsQueryPort {

    /** Every candidate of the part with its vote count, in no particular order. */
    List<CandidateVotes> countVotes(Part part);

    /** How many ballots exist and how many distinct members cast them. */
    Turnout turnout();

    record Turnout(long ballots, long voters) {
    }
}
