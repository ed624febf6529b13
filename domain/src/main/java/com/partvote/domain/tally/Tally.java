package com.partvote.domain.tally;

import com.partvote.domain.Text;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.choice.ChoiceId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The results rule: most votes first; ties by name in Unicode code-point order (Korean
 * dictionary order for Hangul), then by id so that the order is total. Ranks are competition
 * ranks: candidates with equal votes share a rank, and the next rank skips accordingly.
 */
public final class Tally {

    public static final Comparator<ChoiceVotes> ORDER =
            Comparator.comparingLong(ChoiceVotes::votes).reversed()
                    .thenComparing((a, b) -> Text.compareByCodePoint(a.choice().name(), b.choice().name()))
                    .thenComparingLong(cv -> cv.choice().id().value());

    private Tally() {
    }

    public static List<Standing> rank(List<ChoiceVotes> counts) {
        List<ChoiceVotes> sorted = new ArrayList<>(counts);
        sorted.sort(ORDER);
        List<Standing> standings = new ArrayList<>(sorted.size());
        int rank = 0;
        long previousVotes = -1;
        for (int i = 0; i < sorted.size(); i++) {
            ChoiceVotes cv = sorted.get(i);
            if (cv.votes() != previousVotes) {
                rank = i + 1;
                previousVotes = cv.votes();
            }
            standings.add(new Standing(cv.choice(), cv.votes(), rank));
        }
        return List.copyOf(standings);
    }

    /** Counts the sheets from scratch: every choice each sheet holds is one vote. */
    public static Map<ChoiceId, Long> recount(Collection<BallotSheet> sheets) {
        Map<ChoiceId, Long> votes = new HashMap<>();
        for (BallotSheet sheet : sheets) {
            sheet.choices().forEach(choice -> votes.merge(choice, 1L, Long::sum));
        }
        return votes;
    }
}
