package com.partvote.domain.log;

import com.partvote.domain.choice.ChoiceId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The tally as a pure function of the log: for each tracker only its last entry (highest index)
 * counts, a withdrawal counts for nothing, and every choice on a counted sheet is one vote. Anyone
 * holding the entries gets the same numbers, which is what lets a stranger check the results.
 */
public final class LogTally {

    private final Map<ChoiceId, Long> votes;
    private final long voters;
    private final long ballots;

    private LogTally(Map<ChoiceId, Long> votes, long voters, long ballots) {
        this.votes = Map.copyOf(votes);
        this.voters = voters;
        this.ballots = ballots;
    }

    public static LogTally of(Collection<LogEntry> entries) {
        Map<BallotTracker, LogEntry> last = new HashMap<>();
        for (LogEntry e : entries) {
            last.merge(e.tracker(), e, (a, b) -> a.index() >= b.index() ? a : b);
        }
        Map<ChoiceId, Long> votes = new HashMap<>();
        long voters = 0;
        long ballots = 0;
        for (LogEntry sheet : last.values()) {
            if (!sheet.isWithdrawal()) {
                voters++;
                ballots += sheet.choices().size();
                sheet.choices().forEach(c -> votes.merge(c, 1L, Long::sum));
            }
        }
        return new LogTally(votes, voters, ballots);
    }

    public long votesFor(ChoiceId choice) {
        return votes.getOrDefault(choice, 0L);
    }

    /** Votes per choice; a choice nobody holds is absent (zero). */
    public Map<ChoiceId, Long> votes() {
        return votes;
    }

    /** Trackers whose last sheet holds something. */
    public long voters() {
        return voters;
    }

    /** Choices held on all counted sheets. */
    public long ballots() {
        return ballots;
    }

    /** The first choice (by id) where these standings count otherwise than the log; absent means zero. */
    public Optional<LogMismatch> compareWith(Map<ChoiceId, Long> standings) {
        TreeSet<Long> ids = new TreeSet<>();
        votes.keySet().forEach(c -> ids.add(c.value()));
        standings.keySet().forEach(c -> ids.add(c.value()));
        for (long id : ids) {
            long logged = votesFor(new ChoiceId(id));
            long shown = standings.getOrDefault(new ChoiceId(id), 0L);
            if (logged != shown) {
                return Optional.of(LogMismatch.choice(id, "the log counts " + logged + ", the results show " + shown));
            }
        }
        return Optional.empty();
    }
}
