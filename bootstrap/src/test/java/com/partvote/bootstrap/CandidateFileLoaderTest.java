package com.partvote.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.Part;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateFileLoaderTest {

    private static Map<String, ChoiceProfile> parse(String text) throws IOException {
        return CandidateFileLoader.parse(new BufferedReader(new StringReader(text)), "test.csv");
    }

    @Test
    void readsKeysInOrderWithOptionalFields() throws IOException {
        Map<String, ChoiceProfile> p = parse("""
                \uFEFFkey,part,name,team,age,email
                # a comment
                fe-01,FE,김채림,포켓돈,24,KIM@example.com

                be-01,BE, 주어진사랑 ,,,
                """);
        assertThat(p.keySet()).containsExactly("fe-01", "be-01");
        assertThat(p.get("fe-01")).isEqualTo(new ChoiceProfile("김채림", Part.FE, "포켓돈", 24, new Email("kim@example.com")));
        assertThat(p.get("be-01").name()).isEqualTo("주어진사랑");
        assertThat(p.get("be-01").team()).isNull();
        assertThat(p.get("be-01").age()).isNull();
    }

    @Test
    void theShippedFileHoldsTheClubsEighteenCandidates() throws IOException {
        try (var in = getClass().getResourceAsStream("/candidates.csv")) {
            Map<String, ChoiceProfile> p = CandidateFileLoader.parse(
                    new BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)), "candidates.csv");
            assertThat(p).hasSize(18);
            assertThat(p.values().stream().filter(c -> c.part() == Part.FE)).hasSize(9);
            assertThat(p.values().stream().map(ChoiceProfile::name)).contains("김채림", "한규진", "주어진사랑", "김경민");
        }
    }

    @Test
    void refusesAMalformedFileNamingTheLine() {
        assertThatThrownBy(() -> parse("name,part\n")).hasMessageContaining("first line");
        assertThatThrownBy(() -> parse("key,part,name,team,age,email\nfe-01,QA,김,,,\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> parse("key,part,name,team,age,email\nfe-01,FE,김,,old,\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> parse("key,part,name,team,age,email\nfe-01,FE,김\n")).hasMessageContaining("6 fields");
        assertThatThrownBy(() -> parse("key,part,name,team,age,email\nx,FE,김,,,\nx,BE,이,,,\n")).hasMessageContaining("twice");
        assertThatThrownBy(() -> parse("key,part,name,team,age,email\nx,FE,김,,,not-an-email\n")).hasMessageContaining("line 2");
    }
}
