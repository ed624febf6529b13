package com.partvote.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionIdTest {

    @Test
    void theCanonicalFormParsesInEitherCase() {
        UUID id = UUID.fromString("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
        assertThat(SessionId.tryParse("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0")).contains(new SessionId(id));
        assertThat(SessionId.tryParse("0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0")).contains(new SessionId(id));
    }

    @Test
    void anythingElseIsNoSessionId() {
        for (String text : new String[] {null, "", "1", "1-1-1-1-1", "not-a-uuid", " 0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",
                "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0x", "0f1e2d3c4b5a49688776a5b4c3d2e1f0", "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1fg"}) {
            assertThat(SessionId.tryParse(text)).as(text).isEmpty();
        }
    }
}
