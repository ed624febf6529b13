package com.partvote.domain.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.ElectionId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogTallyTest {

    private static final ElectionId E = new ElectionId(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ChoiceId A = new ChoiceId(1);
    private static final ChoiceId B = new ChoiceId(2);
    private static final ChoiceId C = new ChoiceId(3);

    private final List<LogEntry> log = new ArrayList<>();

    private void sheet(BallotTracker tracker, ChoiceId... choices) {
        log.add(new LogEntry(E, log.size(), Instant.EPOCH, tracker, List.of(choices)));
    }

    @Test
    void theLastSheetOfEachTrackerCounts() {
        BallotTracker first = BallotTracker.random(RANDOM);
        BallotTracker second = BallotTracker.random(RANDOM);
        sheet(first, A);
        sheet(second, A, B);
        sheet(first, A, C);
        sheet(second, B);

        LogTally tally = LogTally.of(log);

        assertThat(tally.votes()).isEqualTo(Map.of(A, 1L, B, 1L, C, 1L));
        assertThat(tally.voters()).isEqualTo(2);
        assertThat(tally.ballots()).isEqualTo(3);
    }

    @Test
    void aWithdrawnThenRecastBallotCountsOnceAndAWithdrawnOneNotAtAll() {
        BallotTracker recast = BallotTracker.random(RANDOM);
        BallotTracker gone = BallotTracker.random(RANDOM);
        sheet(recast, A);
        sheet(gone, B);
        sheet(recast);
        sheet(gone);
        sheet(recast, A);

        LogTally tally = LogTally.of(log);

        assertThat(tally.votes()).isEqualTo(Map.of(A, 1L));
        assertThat(tally.voters()).isEqualTo(1);
    }

    @Test
    void theOrderOfTheListDoesNotMatterOnlyTheIndexes() {
        BallotTracker t = BallotTracker.random(RANDOM);
        sheet(t, A);
        sheet(t, B);
        List<LogEntry> reversed = new ArrayList<>(log);
        Collections.reverse(reversed);
        assertThat(LogTally.of(reversed).votes()).isEqualTo(Map.of(B, 1L));
    }

    @Test
    void theFirstChoiceThatDiffersIsNamedAndZeroIsAbsence() {
        sheet(BallotTracker.random(RANDOM), A, B);
        LogTally tally = LogTally.of(log);
        assertThat(tally.compareWith(Map.of(A, 1L, B, 1L, C, 0L))).isEmpty();
        assertThat(tally.compareWith(Map.of(A, 1L, B, 2L, C, 1L))).contains(LogMismatch.choice(2, "the log counts 1, the results show 2"));
        assertThat(tally.compareWith(Map.of(A, 1L))).map(LogMismatch::number).contains(2L);
    }
}
