package com.partvote.application.service;

import static com.partvote.domain.fixtures.ElectionBuilder.anElection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.partvote.application.port.out.AuditTrailPort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.domain.audit.Actor;
import com.partvote.domain.audit.AuditEvent;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.Stage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clock's transitions: an opening and a closing that nobody clicked are audited, each once, as the clock. */
class RecordClockTransitionsServiceTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void openingsAndClosingsThatHappenedAreWrittenOnceEachAndNothingElse() {
        Election closed = anElection().withId(1).openingAt(NOW.minusSeconds(7200)).closingAt(NOW.minusSeconds(3600)).build();
        Election open = anElection().withId(2).openingAt(NOW.minusSeconds(60)).build();
        Election later = anElection().withId(3).openingAt(NOW.plusSeconds(60)).build();
        Election draft = anElection().withId(4).inStage(Stage.DRAFT).openingAt(NOW.minusSeconds(60)).build();
        LoadElectionPort elections = mock(LoadElectionPort.class);
        when(elections.allElections()).thenReturn(List.of(closed, open, later, draft));
        AuditTrailPort trail = mock(AuditTrailPort.class);
        List<AuditEvent> written = new ArrayList<>();
        when(trail.appendOnce(any())).thenAnswer(a -> written.add(a.getArgument(0)));

        int count = new RecordClockTransitionsService(elections, trail, Clock.fixed(NOW, ZoneOffset.UTC)).recordClockTransitions();

        assertThat(count).isEqualTo(3);
        assertThat(written).extracting(e -> e.election().value() + ":" + e.action() + "@" + e.subject()).containsExactly(
                "1:ELECTION_OPENED@" + NOW.minusSeconds(7200), "1:ELECTION_CLOSED@" + NOW.minusSeconds(3600),
                "2:ELECTION_OPENED@" + NOW.minusSeconds(60));
        assertThat(written).allSatisfy(e -> assertThat(e.actor()).isEqualTo(Actor.CLOCK));
        assertThat(written.get(1).before()).containsEntry("state", "OPEN");
        assertThat(written.get(1).after()).containsEntry("state", "CLOSED");
    }
}
