package com.partvote.domain.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.tally.Tally;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BallotBoxTest {

    private static final Instant T = Instant.parse("2026-05-01T09:00:00Z");
    private static final ElectionId E = new ElectionId(1);
    private static final OptionalInt ANY = OptionalInt.empty();

    private final BallotBox box = new BallotBox();

    private static ChoiceId c(long id) {
        return new ChoiceId(id);
    }

    private static MemberId m(long id) {
        return new MemberId(id);
    }

    @Test
    void addingAChoiceCountsItOnceAndASecondTimeIsADuplicate() {
        box.add(E, m(1), c(10), ANY, T);
        assertThatThrownBy(() -> box.add(E, m(1), c(10), ANY, T)).isInstanceOf(BallotRefusedException.class)
                .extracting(e -> ((BallotRefusedException) e).rejection().code()).isEqualTo("DUPLICATE_VOTE");
        assertThat(box.votesFor(c(10))).isEqualTo(1);
        assertThat(box.ballots(E)).isEqualTo(1);
        assertThat(box.voters(E)).isEqualTo(1);
    }

    @Test
    void aSheetHoldsAtMostTheLimit() {
        box.add(E, m(1), c(10), OptionalInt.of(2), T);
        box.add(E, m(1), c(11), OptionalInt.of(2), T);
        assertThatThrownBy(() -> box.add(E, m(1), c(12), OptionalInt.of(2), T))
                .extracting(e -> ((BallotRefusedException) e).rejection().code()).isEqualTo("TOO_MANY_CHOICES");
        assertThatThrownBy(() -> box.replace(E, m(1), List.of(c(10), c(11), c(12)), OptionalInt.of(2), T))
                .isInstanceOf(BallotRefusedException.class);
        assertThat(box.sheet(E, m(1)).orElseThrow().choices()).containsExactlyInAnyOrder(c(10), c(11));
    }

    @Test
    void replacingMovesTheVotesAndWithdrawingRemovesThemAndTheVoter() {
        box.add(E, m(1), c(10), ANY, T);
        box.add(E, m(1), c(11), ANY, T);
        box.replace(E, m(1), List.of(c(11), c(12)), ANY, T);
        assertThat(List.of(box.votesFor(c(10)), box.votesFor(c(11)), box.votesFor(c(12)))).containsExactly(0L, 1L, 1L);
        assertThat(box.ballots(E)).isEqualTo(2);

        assertThat(box.withdraw(E, m(1), T)).get().extracting(BallotSheet::choices).isEqualTo(Set.of(c(11), c(12)));
        assertThat(List.of(box.votesFor(c(11)), box.votesFor(c(12)), box.ballots(E), box.voters(E)))
                .containsOnly(0L);
        assertThat(box.sheet(E, m(1))).isEmpty();
        assertThat(box.withdraw(E, m(1), T)).isEmpty();

        box.add(E, m(1), c(11), ANY, T);
        assertThat(box.votesFor(c(11))).as("a withdrawn then recast ballot counts once").isEqualTo(1);
    }

    @Test
    void anEmptyReplacementIsAWithdrawal() {
        box.add(E, m(1), c(10), ANY, T);
        box.replace(E, m(1), List.of(), ANY, T);
        assertThat(box.sheet(E, m(1))).isEmpty();
        assertThat(box.voters(E)).isZero();
    }

    @Test
    void afterAnyMixTheCountsEqualARecountOfTheSheets() {
        Random random = new Random(42);
        for (int step = 0; step < 5_000; step++) {
            MemberId voter = m(1 + random.nextInt(30));
            try {
                switch (random.nextInt(3)) {
                    case 0 -> box.add(E, voter, c(1 + random.nextInt(6)), OptionalInt.of(3), T);
                    case 1 -> box.replace(E, voter, List.of(c(1 + random.nextInt(3)), c(4 + random.nextInt(3))),
                            OptionalInt.of(3), T);
                    default -> box.withdraw(E, voter, T);
                }
            } catch (BallotRefusedException refused) {
                // duplicates and full sheets are refused: the counts must not move
            }
        }
        List<BallotSheet> sheets = new ArrayList<>();
        for (long v = 1; v <= 30; v++) {
            box.sheet(E, m(v)).ifPresent(sheets::add);
        }
        Map<ChoiceId, Long> recount = Tally.recount(sheets);
        for (long id = 1; id <= 6; id++) {
            assertThat(box.votesFor(c(id))).as("choice %d", id).isEqualTo(recount.getOrDefault(c(id), 0L));
        }
        assertThat(box.voters(E)).isEqualTo(sheets.size());
        assertThat(box.ballots(E)).isEqualTo(sheets.stream().mapToLong(BallotSheet::size).sum());
    }
}
