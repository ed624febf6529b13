package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.application.port.in.SetUpClubUseCase;
import com.partvote.application.port.in.SetUpClubUseCase.ClubSetup;
import com.partvote.application.port.in.SetUpClubUseCase.SetUpReport;
import com.partvote.bootstrap.ClubFileLoader;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Loading the club file again (as a restart does) neither duplicates nor loses anything; edits land in place. */
@PostgresApiTest
class ClubFilePostgresTest {

    @Autowired SetUpClubUseCase setUp;
    @LocalServerPort int port;

    private static ClubSetup file(String choiceName, String team) {
        return ClubFileLoader.parse(new StringReader("""
                teams: [포켓돈, 파운더, Mo MU, 헬시어, All.G]
                elections:
                  - slug: reload-test
                    title: 다시 읽기
                    choices:
                      - {key: one, name: %s, team: %s}
                """.formatted(choiceName, team)), "test", Instant.now());
    }

    @Test
    void loadingAgainChangesNothingAndAnEditUpdatesInPlace() {
        ApiClient api = new ApiClient(port);
        assertThat(setUp.setUpClub(file("임시후보", "파운더"))).isEqualTo(new SetUpReport(1, 1, 0, 0));
        JsonNode first = api.get("/api/elections/reload-test/").detail();
        assertThat(setUp.setUpClub(file("임시후보", "파운더"))).isEqualTo(new SetUpReport(1, 0, 0, 1));
        assertThat(api.get("/api/elections/reload-test/").detail().get("opens_at"))
                .as("opened on the first load, kept since").isEqualTo(first.get("opens_at"));

        assertThat(setUp.setUpClub(file("새이름", "헬시어"))).isEqualTo(new SetUpReport(1, 0, 1, 0));
        JsonNode choices = api.get("/api/elections/reload-test/").detail().get("choices");
        assertThat(choices.size()).isEqualTo(1);
        assertThat(choices.get(0).get("id")).isEqualTo(first.get("choices").get(0).get("id"));
        assertThat(choices.get(0).get("name").asString()).isEqualTo("새이름");
        assertThat(choices.get(0).get("team").asString()).isEqualTo("헬시어");
    }

    @Test
    void theServerStartsWithTheClubFilesElections() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/elections/fe-leader/").detail().get("choices").size()).isEqualTo(10);
        assertThat(api.get("/api/elections/demo-day/").detail().get("choices").size()).isEqualTo(5);
    }
}
