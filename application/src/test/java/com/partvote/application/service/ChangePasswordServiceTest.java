package com.partvote.application.service;

import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthSettings;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.auth.TooManyAttemptsException;
import com.partvote.application.auth.WrongPasswordException;
import com.partvote.application.port.in.ChangePasswordUseCase.ChangePasswordCommand;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.LoginThrottlePort;
import com.partvote.application.port.out.PasswordHasher;
import com.partvote.application.port.out.SaveMemberPort;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.TokenDenyListPort;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.Password;
import com.partvote.domain.member.PasswordHash;
import com.partvote.domain.session.SessionId;
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

/** Changing the password: who may, what it stores, which sessions it ends, how guesses are throttled. */
@ExtendWith(MockitoExtension.class)
class ChangePasswordServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");
    private static final PasswordHash NEW_HASH = new PasswordHash("$2a$10$new");

    @Mock LoadMemberPort members;
    @Mock SaveMemberPort saveMember;
    @Mock SessionPort sessions;
    @Mock TokenDenyListPort denyList;
    @Mock PasswordHasher hasher;
    @Mock LoginThrottlePort throttle;

    private ChangePasswordService service;
    private final Member member = aMember().withEmail("kim@example.com").build();
    private final AccessClaims caller = new AccessClaims(member.id(), SessionId.random(), UUID.randomUUID(), NOW,
            NOW.plusSeconds(7200), "김", member.part());
    private final ChangePasswordCommand command = new ChangePasswordCommand(Password.attempt("old-password"),
            Password.chosen("new-password-1"), "10.0.0.1");

    @BeforeEach
    void setUp() {
        service = new ChangePasswordService(members, saveMember, sessions, denyList, hasher, throttle,
                AuthSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void knownMemberNotThrottled() {
        when(members.findMember(member.id())).thenReturn(Optional.of(member));
        when(throttle.blockedFor(anyString(), any())).thenReturn(Optional.empty());
    }

    private void rightPassword() {
        knownMemberNotThrottled();
        when(hasher.matches(command.current(), member.passwordHash())).thenReturn(true);
        when(hasher.hash(command.chosen())).thenReturn(NEW_HASH);
    }

    @Test
    void theNewHashReplacesTheOneTheCurrentPasswordMatched() {
        rightPassword();
        when(saveMember.changePasswordHash(member.id(), member.passwordHash(), NEW_HASH)).thenReturn(true);

        service.changePassword(caller, command);

        verify(saveMember).changePasswordHash(member.id(), member.passwordHash(), NEW_HASH);
    }

    @Test
    void everyOtherSessionIsRevokedAndItsAccessTokensDenied() {
        rightPassword();
        when(saveMember.changePasswordHash(any(), any(), any())).thenReturn(true);
        SessionId phone = SessionId.random();
        SessionId laptop = SessionId.random();
        when(sessions.revokeSessionsOf(member.id(), Optional.of(caller.session()), NOW)).thenReturn(List.of(phone, laptop));

        assertThat(service.changePassword(caller, command)).containsExactly(phone, laptop);

        verify(denyList).deny(phone.value(), NOW.plus(Duration.ofHours(2)));
        verify(denyList).deny(laptop.value(), NOW.plus(Duration.ofHours(2)));
    }

    @Test
    void theCallersOwnSessionAndTokenStayUsable() {
        rightPassword();
        when(saveMember.changePasswordHash(any(), any(), any())).thenReturn(true);
        when(sessions.revokeSessionsOf(any(), any(), any())).thenReturn(List.of());

        service.changePassword(caller, command);

        verify(sessions, never()).revokeSession(any(), any());
        verify(denyList, never()).deny(eq(caller.session().value()), any());
        verify(denyList, never()).deny(eq(caller.tokenId()), any());
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        knownMemberNotThrottled();
        when(hasher.matches(command.current(), member.passwordHash())).thenReturn(false);

        assertThatThrownBy(() -> service.changePassword(caller, command)).isInstanceOf(WrongPasswordException.class);

        verifyNoInteractions(saveMember, sessions, denyList);
    }

    @Test
    void aWrongCurrentPasswordCountsAsAFailedLoginOfTheMemberAndTheClient() {
        knownMemberNotThrottled();
        when(hasher.matches(any(), any())).thenReturn(false);

        assertThatThrownBy(() -> service.changePassword(caller, command)).isInstanceOf(WrongPasswordException.class);

        verify(throttle).recordFailure("email:kim@example.com", NOW);
        verify(throttle).recordFailure("client:10.0.0.1", NOW);
    }

    @Test
    void theRightCurrentPasswordClearsTheMembersFailures() {
        rightPassword();
        when(saveMember.changePasswordHash(any(), any(), any())).thenReturn(true);

        service.changePassword(caller, command);

        verify(throttle).reset("email:kim@example.com");
    }

    @Test
    void aThrottledMemberIsRefusedBeforeThePasswordIsChecked() {
        when(members.findMember(member.id())).thenReturn(Optional.of(member));
        when(throttle.blockedFor(eq("email:kim@example.com"), any())).thenReturn(Optional.of(Duration.ofSeconds(42)));
        when(throttle.blockedFor(eq("client:10.0.0.1"), any())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.changePassword(caller, command))
                .isInstanceOfSatisfying(TooManyAttemptsException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(42)));

        verifyNoInteractions(hasher, saveMember, sessions);
    }

    @Test
    void aChangeThatLostARaceToAnotherIsAWrongPasswordAndEndsNoSession() {
        rightPassword();
        when(saveMember.changePasswordHash(member.id(), member.passwordHash(), NEW_HASH)).thenReturn(false);

        assertThatThrownBy(() -> service.changePassword(caller, command)).isInstanceOf(WrongPasswordException.class);

        verifyNoInteractions(sessions, denyList);
    }

    @Test
    void aTokenOfAMemberThatNoLongerExistsIsInvalid() {
        when(members.findMember(member.id())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.changePassword(caller, command))
                .isInstanceOfSatisfying(AuthenticationFailedException.class,
                        e -> assertThat(e.code()).isEqualTo("TOKEN_INVALID"));
    }
}
