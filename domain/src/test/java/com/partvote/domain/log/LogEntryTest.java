package com.partvote.domain.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.ElectionId;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogEntryTest {

    private static final BallotTracker TRACKER = new BallotTracker("q5Jz0eH4lWlUj1WbQ8lN3A");
    private static final Instant AT = Instant.parse("2025-12-02T14:00:00.123456Z");

    private static String text(LogEntry e) {
        return new String(e.encoded(), StandardCharsets.UTF_8);
    }

    @Test
    void theEncodingIsTheDocumentedOneWithChoicesAscending() {
        LogEntry e = new LogEntry(new ElectionId(5), 0, AT, TRACKER, List.of(new ChoiceId(22), new ChoiceId(20)));
        assertThat(text(e)).isEqualTo("5|0|1764684000123|q5Jz0eH4lWlUj1WbQ8lN3A|20,22");
        assertThat(e.choices()).containsExactly(new ChoiceId(20), new ChoiceId(22));
        assertThat(e.at()).as("kept to the millisecond the encoding carries").isEqualTo(Instant.parse("2025-12-02T14:00:00.123Z"));
        assertThat(e.leafHash()).isEqualTo(MerkleTree.leafHash("5|0|1764684000123|q5Jz0eH4lWlUj1WbQ8lN3A|20,22"
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWithdrawalEndsWithTheSeparator() {
        LogEntry e = new LogEntry(new ElectionId(5), 7, AT, TRACKER, List.of());
        assertThat(text(e)).isEqualTo("5|7|1764684000123|q5Jz0eH4lWlUj1WbQ8lN3A|");
        assertThat(e.isWithdrawal()).isTrue();
    }

    @Test
    void everyFieldChangesTheLeafHash() {
        LogEntry e = new LogEntry(new ElectionId(5), 3, AT, TRACKER, List.of(new ChoiceId(1)));
        Set<Hash> hashes = new HashSet<>(List.of(e.leafHash(),
                new LogEntry(new ElectionId(6), 3, AT, TRACKER, List.of(new ChoiceId(1))).leafHash(),
                new LogEntry(new ElectionId(5), 4, AT, TRACKER, List.of(new ChoiceId(1))).leafHash(),
                new LogEntry(new ElectionId(5), 3, AT.plusMillis(1), TRACKER, List.of(new ChoiceId(1))).leafHash(),
                new LogEntry(new ElectionId(5), 3, AT, BallotTracker.random(new SecureRandom()), List.of(new ChoiceId(1)))
                        .leafHash(),
                new LogEntry(new ElectionId(5), 3, AT, TRACKER, List.of(new ChoiceId(2))).leafHash(),
                new LogEntry(new ElectionId(5), 3, AT, TRACKER, List.of()).leafHash()));
        assertThat(hashes).hasSize(7);
    }

    @Test
    void aSheetHoldsEachChoiceOnceAndAnIndexStartsAtZero() {
        assertThatThrownBy(() -> new LogEntry(new ElectionId(5), 0, AT, TRACKER, List.of(new ChoiceId(1), new ChoiceId(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogEntry(new ElectionId(5), -1, AT, TRACKER, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChangeBecomesTheEntryAtTheIndexTheSequencerGivesIt() {
        BallotChange change = BallotChange.of(new ElectionId(5), TRACKER, Set.of(new ChoiceId(9), new ChoiceId(3)), AT);
        assertThat(change.at(12)).isEqualTo(new LogEntry(new ElectionId(5), 12, AT, TRACKER,
                List.of(new ChoiceId(3), new ChoiceId(9))));
    }

    @Test
    void aTrackerIs128RandomBitsInUrlSafeBase64() {
        SecureRandom random = new SecureRandom();
        Set<BallotTracker> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            BallotTracker t = BallotTracker.random(random);
            assertThat(t.value()).hasSize(22).matches("[A-Za-z0-9_-]+");
            seen.add(t);
        }
        assertThat(seen).hasSize(1000);
        for (String bad : new String[] {"", "short", "q5Jz0eH4lWlUj1WbQ8lN3A=", "q5Jz0eH4lWlUj1WbQ8lN3B", "q5Jz0eH4lWlUj1WbQ8lN3|",
                "q5Jz0eH4lWlUj1WbQ8lN+A"}) {
            assertThatThrownBy(() -> new BallotTracker(bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
    }
}
