package com.partvote.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthSettings;
import com.partvote.application.port.in.ListSessionsUseCase.SessionView;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.SessionPort.LiveSession;
import com.partvote.application.port.out.TokenDenyListPort;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Part;
import com.partvote.domain.session.SessionId;
import com.partvote.domain.session.SessionNotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The member's own sessions: listing them, ending one, ending them all. */
@ExtendWith(MockitoExtension.class)
class MemberSessionsServicesTest {

    private static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");
    private static final Instant DENIED_UNTIL = NOW.plus(Duration.ofHours(2));

    @Mock SessionPort sessions;
    @Mock TokenDenyListPort denyList;

    private ListSessionsService list;
    private EndSessionService end;
    private LogOutEverywhereService everywhere;
    private final MemberId member = new MemberId(7);
    private final AccessClaims caller = new AccessClaims(member, SessionId.random(), UUID.randomUUID(), NOW,
            NOW.plusSeconds(7200), "김", Part.FE);

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        list = new ListSessionsService(sessions, clock);
        end = new EndSessionService(sessions, denyList, AuthSettings.defaults(), clock);
        everywhere = new LogOutEverywhereService(sessions, denyList, AuthSettings.defaults(), clock);
    }

    @Test
    void theListMarksTheCallersOwnSessionAsCurrentAndKeepsTheStoresOrder() {
        LiveSession other = new LiveSession(SessionId.random(), NOW.minusSeconds(60), NOW.minusSeconds(30), NOW.plusSeconds(600));
        LiveSession own = new LiveSession(caller.session(), NOW.minusSeconds(120), NOW.minusSeconds(120), NOW.plusSeconds(300));
        when(sessions.liveSessionsOf(member, NOW)).thenReturn(List.of(other, own));

        assertThat(list.listSessions(caller)).containsExactly(
                new SessionView(other.id(), other.createdAt(), other.lastUsedAt(), other.expiresAt(), false),
                new SessionView(own.id(), own.createdAt(), own.lastUsedAt(), own.expiresAt(), true));
    }

    @Test
    void endingOneOfTheCallersSessionsRevokesItAndDeniesItsAccessTokens() {
        SessionId phone = SessionId.random();
        when(sessions.revokeSessionOf(member, phone, NOW)).thenReturn(true);

        end.endSession(caller, phone);

        verify(denyList).deny(phone.value(), DENIED_UNTIL);
    }

    @Test
    void aSessionTheStoreDoesNotRevokeForTheCallerIsNotFoundAndNothingIsDenied() {
        SessionId someoneElses = SessionId.random();
        when(sessions.revokeSessionOf(member, someoneElses, NOW)).thenReturn(false);

        assertThatThrownBy(() -> end.endSession(caller, someoneElses)).isInstanceOf(SessionNotFoundException.class);

        verifyNoInteractions(denyList);
    }

    @Test
    void loggingOutEverywhereRevokesEverySessionAndDeniesEachOne() {
        SessionId phone = SessionId.random();
        when(sessions.revokeSessionsOf(member, Optional.empty(), NOW)).thenReturn(List.of(phone, caller.session()));

        assertThat(everywhere.logOutEverywhere(caller)).containsExactlyInAnyOrder(phone, caller.session());

        verify(denyList).deny(phone.value(), DENIED_UNTIL);
        verify(denyList).deny(caller.session().value(), DENIED_UNTIL);
    }

    @Test
    void loggingOutEverywhereEndsTheCallersSessionEvenIfItWasRevokedMeanwhile() {
        when(sessions.revokeSessionsOf(any(), any(), any())).thenReturn(List.of());

        assertThat(everywhere.logOutEverywhere(caller)).containsExactly(caller.session());

        verify(denyList).deny(caller.session().value(), DENIED_UNTIL);
    }
}
