package com.partvote.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.application.port.in.SetUpClubUseCase.ClubSetup;
import com.partvote.application.port.in.SetUpClubUseCase.ElectionSetup;
import com.partvote.domain.election.ChoiceKind;
import com.partvote.domain.election.ResultsVisibility;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Team;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClubFileLoaderTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    private static ClubSetup parse(String yaml) {
        return ClubFileLoader.parse(new StringReader(yaml), "club.yml", NOW);
    }

    @Test
    void theShippedClubFileDeclaresTheSeedsTwoElectionsAndTheDemoDay() {
        ClubSetup club = ClubFileLoader.parse(new InputStreamReader(
                ClubFileLoaderTest.class.getResourceAsStream("/club.yml"), StandardCharsets.UTF_8), "club.yml", NOW);
        assertThat(club.teams()).extracting(Team::name).containsExactly("포켓돈", "파운더", "Mo MU", "헬시어", "All.G.");
        assertThat(club.elections()).extracting(e -> e.election().slug().value())
                .containsExactly("fe-leader", "be-leader", "demo-day");
        ElectionSetup fe = club.elections().get(0);
        assertThat(fe.election().part()).isEqualTo(Part.FE);
        assertThat(fe.election().rules().specs()).containsExactly("OWN_PART_ONLY", "NOT_SELF");
        assertThat(fe.election().results()).isEqualTo(ResultsVisibility.LIVE);
        assertThat(fe.opensOnFirstLoad()).isTrue();
        assertThat(fe.election().window().closesAt()).isNull();
        assertThat(fe.choicesByKey()).hasSize(9).allSatisfy((key, c) -> assertThat(c.part()).isEqualTo(Part.FE));
        assertThat(club.elections().get(1).choicesByKey().values()).extracting(c -> c.name()).contains("주어진사랑");
        ElectionSetup demo = club.elections().get(2);
        assertThat(demo.election().kind()).isEqualTo(ChoiceKind.TEAMS);
        assertThat(demo.election().rules().specs()).containsExactly("NOT_OWN_TEAM", "MAX_CHOICES(1)");
    }

    @Test
    void aWindowWithItsOffsetIsRead() {
        ClubSetup club = parse("""
                elections:
                  - {slug: night, title: 밤, opens_at: "2026-12-02T18:00:00+09:00", closes_at: "2026-12-02T20:00:00+09:00"}
                """);
        assertThat(club.elections().get(0).election().window().opensAt()).isEqualTo(Instant.parse("2026-12-02T09:00:00Z"));
        assertThat(club.elections().get(0).opensOnFirstLoad()).isFalse();
    }

    @Test
    void everyMistakeStopsTheLoadAndNamesItsEntry() {
        String[][] cases = {
                {"elections: [{slug: FE, title: x}]", "election 1 (FE)"},
                {"elections: [{slug: a, title: x, rules: [NOT_ME]}]", "NOT_ME"},
                {"elections: [{slug: a, title: x, colour: red}]", "unknown entry 'colour'"},
                {"elections: [{slug: a, title: x, part: PM}]", "election 1 (a)"},
                {"elections: [{slug: a, title: x, opens_at: tomorrow}]", "opens_at"},
                {"elections: [{slug: a, title: x, choices: [{key: k, name: n}, {key: k, name: m}]}]", "appears twice"},
                {"elections: [{slug: a, title: x, choices: [{name: n}]}]", "choice 1"},
                {"teams: [포켓돈]\nelections: [{slug: a, title: x, choices: [{key: k, name: n, team: 없음}]}]", "not in teams"},
                {"elections: [{slug: a, title: x, kind: TEAMS, choices: [{key: k, name: n}]}]", "list no choices"},
                {"elections: {slug: a}", "expected a list"},
                {"elections: [{slug: a, title: x", "not valid YAML"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> parse(c[0])).as(c[0]).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(c[1]);
        }
    }
}
