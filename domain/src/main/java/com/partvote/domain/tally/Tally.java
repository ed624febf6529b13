package com.partvote.domain.tally;

import com.partvote.domain.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The results rule: most votes first; ties by name in Unicode code-point order (Korean
 * dictionary order for Hangul), then by id so that the order is total. Ranks are competition
 * ranks: candidates with equal votes share a rank, and the next rank skips accordingly.
 */
public final class Tally {

    public static final Comparator<CandidateVotes> ORDER =
            Comparator.comparingLong(CandidateVotes::votes).reversed()
                    .thenComparing((a, b) -> Text.compareByCodePoint(a.candidate().name(), b.candidate().name()))
                    .thenComparingLong(cv -> cv.candidate().id().value());

    private Tally() {
    }

    public static List<Standing> rank(List<CandidateVotes> counts) {
        List<CandidateVotes> sorted = new ArrayList<>(counts);
        sorted.sort(ORDER);
        List<Standing> standings = new ArrayList<>(sorted.size());
        int rank = 0;
        long previousVotes = -1;
        for (int i = 0; i < sorted.size(); i++) {
            CandidateVotes cv = sorted.get(i);
            if (cv.votes() != previousVotes) {
                rank = i + 1;
                previousVotes = cv.votes();
            }
            standings.add(new Standing(cv.candidate(), cv.votes(), rank));
        }
        return List.copyOf(standings);
    }
}
