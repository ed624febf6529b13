package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.application.port.in.ImportCandidatesUseCase;
import com.partvote.application.port.out.SaveCandidatesPort.UpsertCounts;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.member.Part;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Re-importing the candidate file (as a restart does) neither duplicates nor loses anyone. */
@PostgresApiTest
class CandidateImportPostgresTest {

    @Autowired ImportCandidatesUseCase importCandidates;
    @LocalServerPort int port;

    @Test
    void importIsIdempotentAndEditsUpdateInPlace() {
        ApiClient api = new ApiClient(port);
        String key = "import-test-" + System.nanoTime();
        Map<String, ChoiceProfile> file = new LinkedHashMap<>();
        file.put(key, new ChoiceProfile("임시후보", Part.BE, "파운더", null, null));

        assertThat(importCandidates.importCandidates(file)).isEqualTo(new UpsertCounts(1, 0, 0));
        int size = api.get("/api/candidates/?part=BE").detail().size();
        assertThat(importCandidates.importCandidates(file)).isEqualTo(new UpsertCounts(0, 0, 1));

        file.put(key, new ChoiceProfile("새이름", Part.BE, "헬시어", 30, null));
        assertThat(importCandidates.importCandidates(file)).isEqualTo(new UpsertCounts(0, 1, 0));
        JsonNode list = api.get("/api/candidates/?part=BE").detail();
        assertThat(list.size()).isEqualTo(size);
        assertThat(list.findValuesAsString("user_name")).contains("새이름").doesNotContain("임시후보");
    }
}
