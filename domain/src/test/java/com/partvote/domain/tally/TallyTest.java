package com.partvote.domain.tally;

import static com.partvote.domain.fixtures.ChoiceBuilder.aChoice;
import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.domain.choice.Choice;
import java.util.List;
import org.junit.jupiter.api.Test;

class TallyTest {

    private static ChoiceVotes votes(Choice c, long n) {
        return new ChoiceVotes(c, n);
    }

    private static List<String> names(List<Standing> standings) {
        return standings.stream().map(s -> s.choice().name()).toList();
    }

    @Test
    void mostVotesFirst() {
        List<Standing> s = Tally.rank(List.of(
                votes(aChoice().named("가").build(), 1),
                votes(aChoice().named("나").build(), 5),
                votes(aChoice().named("다").build(), 3)));
        assertThat(names(s)).containsExactly("나", "다", "가");
        assertThat(s).extracting(Standing::votes).containsExactly(5L, 3L, 1L);
    }

    @Test
    void tiesAreOrderedByNameInKoreanDictionaryOrder() {
        List<Standing> s = Tally.rank(List.of(
                votes(aChoice().named("한규진").build(), 2),
                votes(aChoice().named("김채림").build(), 2),
                votes(aChoice().named("오민지").build(), 2),
                votes(aChoice().named("신성우").build(), 2)));
        assertThat(names(s)).containsExactly("김채림", "신성우", "오민지", "한규진");
    }

    @Test
    void hangulSortsAfterLatinAndByCodePoint() {
        List<Standing> s = Tally.rank(List.of(
                votes(aChoice().named("주어진사랑").build(), 0),
                votes(aChoice().named("Zed").build(), 0),
                votes(aChoice().named("주어진").build(), 0),
                votes(aChoice().named("Abe").build(), 0)));
        assertThat(names(s)).containsExactly("Abe", "Zed", "주어진", "주어진사랑");
    }

    @Test
    void supplementaryCharactersSortByCodePointNotUtf16Unit() {
        // U+FF21 (fullwidth A) is one UTF-16 unit above U+D800..; U+1F600 is a surrogate pair (0xD83D...)
        Choice fullwidth = aChoice().named("\uFF21").build();
        Choice emoji = aChoice().named("\uD83D\uDE00").build();
        List<Standing> s = Tally.rank(List.of(votes(emoji, 0), votes(fullwidth, 0)));
        assertThat(names(s)).containsExactly("\uFF21", "\uD83D\uDE00");
    }

    @Test
    void sameNameAndVotesFallBackToId() {
        Choice later = aChoice().withId(20).named("김민준").build();
        Choice earlier = aChoice().withId(3).named("김민준").build();
        List<Standing> s = Tally.rank(List.of(votes(later, 1), votes(earlier, 1)));
        assertThat(s).extracting(st -> st.choice().id().value()).containsExactly(3L, 20L);
    }

    @Test
    void competitionRankingSharesARankAndSkipsTheNext() {
        List<Standing> s = Tally.rank(List.of(
                votes(aChoice().named("가").build(), 4),
                votes(aChoice().named("나").build(), 4),
                votes(aChoice().named("다").build(), 2),
                votes(aChoice().named("라").build(), 1),
                votes(aChoice().named("마").build(), 1),
                votes(aChoice().named("바").build(), 0)));
        assertThat(s).extracting(Standing::rank).containsExactly(1, 1, 3, 4, 4, 6);
    }

    @Test
    void everybodyAtZeroIsFirst() {
        List<Standing> s = Tally.rank(List.of(
                votes(aChoice().named("가").build(), 0), votes(aChoice().named("나").build(), 0)));
        assertThat(s).extracting(Standing::rank).containsExactly(1, 1);
    }

    @Test
    void noCandidatesNoStandings() {
        assertThat(Tally.rank(List.of())).isEmpty();
    }
}
