package com.partvote.application.service;

import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthSettings;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.auth.InvalidCredentialsException;
import com.partvote.application.auth.IssuedTokens;
import com.partvote.application.auth.RefreshTokenCodec;
import com.partvote.application.auth.TooManyAttemptsException;
import com.partvote.application.port.in.LogInUseCase.LogInCommand;
import com.partvote.application.port.in.RefreshSessionUseCase;
import com.partvote.application.port.out.AccessTokenPort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.LoginThrottlePort;
import com.partvote.application.port.out.PasswordHasher;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.TokenDenyListPort;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.PasswordHash;
import com.partvote.domain.session.RefreshToken;
import com.partvote.domain.session.SessionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
/** The session use cases: log in, refresh, log out, authenticate. */
class SessionServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-05T12:00:00.250Z");
    private static final PasswordHash DECOY = new PasswordHash("decoy");

    @Mock LoadMemberPort members;
    @Mock SessionPort sessions;
    @Mock TokenDenyListPort denyList;
    @Mock AccessTokenPort accessTokens;
    @Mock PasswordHasher hasher;
    @Mock LoginThrottlePort throttle;

    private LogInService logIn;
    private RefreshSessionService refresh;
    private LogOutService logOut;
    private AuthenticateService authenticate;
    private final Member member = aMember().withEmail("kim@example.com").build();

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        logIn = new LogInService(members, sessions, accessTokens, hasher, throttle, AuthSettings.defaults(), clock);
        refresh = new RefreshSessionService(members, sessions, denyList, accessTokens, AuthSettings.defaults(), clock);
        logOut = new LogOutService(sessions, denyList, AuthSettings.defaults(), clock);
        authenticate = new AuthenticateService(accessTokens, denyList);
    }

    @Test
    void logInOpensASessionAndIssuesBothTokens() {
        when(throttle.blockedFor(anyString(), any())).thenReturn(Optional.empty());
        when(members.findMemberByEmail(new Email("kim@example.com"))).thenReturn(Optional.of(member));
        when(hasher.matches(any(), eq(member.passwordHash()))).thenReturn(true);
        when(accessTokens.sign(any())).thenReturn("signed");

        IssuedTokens tokens = logIn.logIn(new LogInCommand(" KIM@example.com", "password123", "10.0.0.1"));

        assertThat(tokens.accessToken()).isEqualTo("signed");
        assertThat(tokens.refreshToken()).hasSizeGreaterThanOrEqualTo(43); // 256 bits, base64url
        assertThat(tokens.refreshExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));
        ArgumentCaptor<String> hash = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<SessionId> session = ArgumentCaptor.forClass(SessionId.class);
        verify(sessions).openSession(session.capture(), eq(member.id()), eq(NOW), hash.capture(), eq(tokens.refreshExpiresAt()));
        assertThat(hash.getValue()).isEqualTo(RefreshTokenCodec.hash(tokens.refreshToken())).isNotEqualTo(tokens.refreshToken());
        ArgumentCaptor<AccessClaims> claims = ArgumentCaptor.forClass(AccessClaims.class);
        verify(accessTokens).sign(claims.capture());
        assertThat(claims.getValue().session()).isEqualTo(session.getValue());
        assertThat(claims.getValue().member()).isEqualTo(member.id());
        assertThat(claims.getValue().expiresAt()).isEqualTo(Instant.parse("2026-03-05T14:00:00Z"));
        assertThat(claims.getValue().part()).isEqualTo(member.part());
        verify(throttle).reset("email:kim@example.com");
    }

    @Test
    void unknownEmailAndWrongPasswordFailAlikeAndBothHashAPassword() {
        when(throttle.blockedFor(anyString(), any())).thenReturn(Optional.empty());
        when(hasher.decoy()).thenReturn(DECOY);
        when(members.findMemberByEmail(any())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> logIn.logIn(new LogInCommand("nobody@example.com", "password123", "ip")))
                .isInstanceOf(InvalidCredentialsException.class);
        verify(hasher).matches(any(), eq(DECOY));

        when(members.findMemberByEmail(any())).thenReturn(Optional.of(member));
        when(hasher.matches(any(), eq(member.passwordHash()))).thenReturn(false);
        assertThatThrownBy(() -> logIn.logIn(new LogInCommand("kim@example.com", "wrong-password", "ip")))
                .isInstanceOf(InvalidCredentialsException.class);
        verify(throttle).recordFailure("email:kim@example.com", NOW);
        verify(sessions, never()).openSession(any(), any(), any(), any(), any());
    }

    @Test
    void aMalformedEmailIsAWrongLoginNotAValidationError() {
        when(throttle.blockedFor(anyString(), any())).thenReturn(Optional.empty());
        when(hasher.decoy()).thenReturn(DECOY);
        assertThatThrownBy(() -> logIn.logIn(new LogInCommand("not-an-email", "x", "ip")))
                .isInstanceOf(InvalidCredentialsException.class);
        verify(hasher).matches(any(), eq(DECOY));
    }

    @Test
    void aThrottledKeyIsRefusedBeforeThePasswordIsChecked() {
        when(throttle.blockedFor(eq("email:kim@example.com"), any())).thenReturn(Optional.of(Duration.ofSeconds(42)));
        when(throttle.blockedFor(eq("client:ip"), any())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> logIn.logIn(new LogInCommand("kim@example.com", "password123", "ip")))
                .isInstanceOfSatisfying(TooManyAttemptsException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(42)));
        verify(hasher, never()).matches(any(), any());
    }

    private RefreshToken stored(String raw, boolean rotated, boolean revoked, Instant expiresAt) {
        return new RefreshToken(RefreshTokenCodec.hash(raw), SessionId.random(), member.id(), NOW.minusSeconds(60),
                expiresAt, rotated ? NOW.minusSeconds(31) : null, revoked);
    }

    @Test
    void refreshRotatesTheToken() {
        RefreshToken token = stored("old", false, false, NOW.plusSeconds(3600));
        when(sessions.findRefreshToken(token.hash())).thenReturn(Optional.of(token));
        when(members.findMember(member.id())).thenReturn(Optional.of(member));
        when(sessions.rotateRefreshToken(eq(token.hash()), anyString(), eq(NOW), any())).thenReturn(true);
        when(accessTokens.sign(any())).thenReturn("signed");

        IssuedTokens tokens = refreshed(refresh.refresh("old"));

        assertThat(tokens.refreshToken()).isNotEqualTo("old");
        verify(sessions).rotateRefreshToken(token.hash(), RefreshTokenCodec.hash(tokens.refreshToken()), NOW,
                NOW.plus(Duration.ofDays(14)));
    }

    @Test
    void replayingARotatedTokenRevokesTheWholeSession() {
        RefreshToken token = stored("old", true, false, NOW.plusSeconds(3600));
        when(sessions.findRefreshToken(token.hash())).thenReturn(Optional.of(token));

        assertThat(refresh.refresh("old")).isInstanceOf(RefreshSessionUseCase.ReplayRevoked.class);
        verify(sessions).revokeSession(token.session(), NOW);
        verify(denyList).deny(token.session().value(), NOW.plus(Duration.ofHours(2)));
    }

    @Test
    void losingARotationRaceGetsAnotherSuccessorInTheSameSession() {
        RefreshToken token = stored("old", false, false, NOW.plusSeconds(3600));
        RefreshToken justRotated = new RefreshToken(token.hash(), token.session(), token.member(), token.issuedAt(),
                token.expiresAt(), NOW, false);
        when(sessions.findRefreshToken(token.hash())).thenReturn(Optional.of(token), Optional.of(justRotated));
        when(members.findMember(member.id())).thenReturn(Optional.of(member));
        when(sessions.rotateRefreshToken(any(), any(), any(), any())).thenReturn(false);
        when(sessions.addRefreshToken(eq(token.session()), anyString(), eq(NOW), any())).thenReturn(true);
        when(accessTokens.sign(any())).thenReturn("signed");

        IssuedTokens tokens = refreshed(refresh.refresh("old"));

        verify(sessions).addRefreshToken(token.session(), RefreshTokenCodec.hash(tokens.refreshToken()), NOW,
                NOW.plus(Duration.ofDays(14)));
        verify(sessions, never()).revokeSession(any(), any());
    }

    @Test
    void aRotatedTokenPresentedAgainWithinTheReuseIntervalDoesNotRevoke() {
        RefreshToken token = new RefreshToken(RefreshTokenCodec.hash("old"), SessionId.random(), member.id(),
                NOW.minusSeconds(60), NOW.plusSeconds(3600), NOW.minusSeconds(29), false);
        when(sessions.findRefreshToken(token.hash())).thenReturn(Optional.of(token));
        when(members.findMember(member.id())).thenReturn(Optional.of(member));
        when(sessions.addRefreshToken(eq(token.session()), anyString(), eq(NOW), any())).thenReturn(true);
        when(accessTokens.sign(any())).thenReturn("signed");

        assertThat(refreshed(refresh.refresh("old")).refreshToken()).isNotEqualTo("old");
        verify(sessions, never()).revokeSession(any(), any());
        verify(denyList, never()).deny(any(), any());
    }

    @Test
    void aReuseWithinTheIntervalOfARevokedSessionIsRefused() {
        RefreshToken token = new RefreshToken(RefreshTokenCodec.hash("old"), SessionId.random(), member.id(),
                NOW.minusSeconds(60), NOW.plusSeconds(3600), NOW.minusSeconds(1), false);
        when(sessions.findRefreshToken(token.hash())).thenReturn(Optional.of(token));
        when(members.findMember(member.id())).thenReturn(Optional.of(member));
        when(sessions.addRefreshToken(any(), anyString(), any(), any())).thenReturn(false);

        assertThat(code(() -> refresh.refresh("old"))).isEqualTo("REFRESH_REVOKED");
    }

    private static IssuedTokens refreshed(RefreshSessionUseCase.Outcome outcome) {
        assertThat(outcome).isInstanceOf(RefreshSessionUseCase.Refreshed.class);
        return ((RefreshSessionUseCase.Refreshed) outcome).tokens();
    }

    @Test
    void refreshNamesEachFailure() {
        assertThatThrownBy(() -> refresh.refresh(null)).hasMessageContaining("no refresh token");
        assertThat(code(() -> refresh.refresh(" "))).isEqualTo("REFRESH_MISSING");
        when(sessions.findRefreshToken(any())).thenReturn(Optional.empty());
        assertThat(code(() -> refresh.refresh("unknown"))).isEqualTo("REFRESH_INVALID");

        RefreshToken expired = stored("expired", false, false, NOW);
        when(sessions.findRefreshToken(expired.hash())).thenReturn(Optional.of(expired));
        assertThat(code(() -> refresh.refresh("expired"))).isEqualTo("REFRESH_EXPIRED");

        RefreshToken revoked = stored("revoked", false, true, NOW.plusSeconds(60));
        when(sessions.findRefreshToken(revoked.hash())).thenReturn(Optional.of(revoked));
        assertThat(code(() -> refresh.refresh("revoked"))).isEqualTo("REFRESH_REVOKED");
    }

    @Test
    void logOutRevokesTheSessionAndDeniesTheTokenAndTheSession() {
        AccessClaims caller = claims();
        logOut.logOut(caller);
        verify(sessions).revokeSession(caller.session(), NOW);
        verify(denyList).deny(caller.tokenId(), caller.expiresAt());
        verify(denyList).deny(caller.session().value(), NOW.plus(Duration.ofHours(2)));
    }

    @Test
    void authenticateRefusesDeniedTokensAndDeniedSessions() {
        AccessClaims caller = claims();
        when(accessTokens.verify("t")).thenReturn(caller);
        assertThat(authenticate.authenticate("t")).isEqualTo(caller);

        when(denyList.isDenied(caller.tokenId())).thenReturn(false);
        when(denyList.isDenied(caller.session().value())).thenReturn(true);
        assertThat(code(() -> authenticate.authenticate("t"))).isEqualTo("TOKEN_REVOKED");
        assertThat(code(() -> authenticate.authenticate(null))).isEqualTo("TOKEN_MISSING");
    }

    private AccessClaims claims() {
        return new AccessClaims(member.id(), SessionId.random(), UUID.randomUUID(), NOW, NOW.plusSeconds(7200),
                member.name().value(), member.part());
    }

    private static String code(Runnable call) {
        try {
            call.run();
        } catch (AuthenticationFailedException e) {
            return e.code();
        }
        throw new AssertionError("expected an authentication failure");
    }
}
