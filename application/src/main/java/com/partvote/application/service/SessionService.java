package com.partvote.application.service;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthSettings;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.auth.AuthenticationFailedException.Reason;
import com.partvote.application.auth.InvalidCredentialsException;
import com.partvote.application.auth.IssuedTokens;
import com.partvote.application.auth.RefreshTokenCodec;
import com.partvote.application.auth.SessionRevokingFailure;
import com.partvote.application.auth.TooManyAttemptsException;
import com.partvote.application.port.in.AuthenticateUseCase;
import com.partvote.application.port.in.LogInUseCase;
import com.partvote.application.port.in.LogOutUseCase;
import com.partvote.application.port.in.PurgeExpiredUseCase;
import com.partvote.application.port.in.RefreshSessionUseCase;
import com.partvote.application.port.out.AccessTokenPort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.LoginThrottlePort;
import com.partvote.application.port.out.PasswordHasher;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.TokenDenyListPort;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.Password;
import com.partvote.domain.session.RefreshToken;
import com.partvote.domain.session.SessionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Login sessions: one per device, each with a rotating refresh token, and short-lived access
 * tokens that name their session so that a logout can revoke exactly that session.
 */
public class SessionService implements LogInUseCase, RefreshSessionUseCase, LogOutUseCase,
        AuthenticateUseCase, PurgeExpiredUseCase {

    private final LoadMemberPort members;
    private final SessionPort sessions;
    private final TokenDenyListPort denyList;
    private final AccessTokenPort accessTokens;
    private final PasswordHasher hasher;
    private final LoginThrottlePort throttle;
    private final AuthSettings settings;
    private final Clock clock;
    private final RefreshTokenCodec refreshTokens = new RefreshTokenCodec();

    public SessionService(LoadMemberPort members, SessionPort sessions, TokenDenyListPort denyList,
                          AccessTokenPort accessTokens, PasswordHasher hasher, LoginThrottlePort throttle,
                          AuthSettings settings, Clock clock) {
        this.members = members;
        this.sessions = sessions;
        this.denyList = denyList;
        this.accessTokens = accessTokens;
        this.hasher = hasher;
        this.throttle = throttle;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public IssuedTokens logIn(LogInCommand command) {
        Instant now = clock.instant();
        Optional<Email> email = Email.tryParse(command.email());
        // Keyed on the raw text too when it is not an email, so that garbage is throttled alike.
        String emailKey = "email:" + email.map(Email::value).orElse(command.email());
        String clientKey = "client:" + command.clientAddress();
        Duration wait = longest(throttle.blockedFor(emailKey, now), throttle.blockedFor(clientKey, now));
        if (wait != null) {
            throw new TooManyAttemptsException(wait);
        }
        Optional<Member> member = email.flatMap(members::findMemberByEmail);
        Password attempt = Password.attempt(command.password());
        // Hash even when the member is unknown: both failures take the same time.
        boolean matches = hasher.matches(attempt, member.map(Member::passwordHash).orElseGet(hasher::decoy));
        if (member.isEmpty() || !matches) {
            throttle.recordFailure(emailKey, now);
            throttle.recordFailure(clientKey, now);
            throw new InvalidCredentialsException();
        }
        throttle.reset(emailKey);
        SessionId session = SessionId.random();
        String refresh = refreshTokens.newToken();
        Instant refreshExpiresAt = now.plus(settings.refreshTokenTtl());
        sessions.openSession(session, member.get().id(), now, RefreshTokenCodec.hash(refresh), refreshExpiresAt);
        return issue(member.get(), session, refresh, refreshExpiresAt, now);
    }

    @Override
    public IssuedTokens refresh(String presented) {
        if (presented == null || presented.isBlank()) {
            throw new AuthenticationFailedException(Reason.REFRESH_MISSING);
        }
        Instant now = clock.instant();
        String hash = RefreshTokenCodec.hash(presented);
        RefreshToken token = sessions.findRefreshToken(hash)
                .orElseThrow(() -> new AuthenticationFailedException(Reason.REFRESH_INVALID));
        switch (token.judge(now)) {
            case REVOKED -> throw new AuthenticationFailedException(Reason.REFRESH_REVOKED);
            case EXPIRED -> throw new AuthenticationFailedException(Reason.REFRESH_EXPIRED);
            case REUSED -> throw revokeReplayedSession(token.session(), now);
            case USABLE -> { }
        }
        Member member = members.findMember(token.member())
                .orElseThrow(() -> new AuthenticationFailedException(Reason.REFRESH_INVALID));
        String next = refreshTokens.newToken();
        Instant nextExpiresAt = now.plus(settings.refreshTokenTtl());
        if (!sessions.rotateRefreshToken(hash, RefreshTokenCodec.hash(next), now, nextExpiresAt)) {
            // Another request rotated this very token a moment ago: it was presented twice.
            throw revokeReplayedSession(token.session(), now);
        }
        return issue(member, token.session(), next, nextExpiresAt, now);
    }

    private SessionRevokingFailure revokeReplayedSession(SessionId session, Instant now) {
        sessions.revokeSession(session, now);
        // Access tokens already handed out in this session die with it.
        denyList.deny(session.value(), now.plus(settings.accessTokenTtl()));
        return new SessionRevokingFailure(Reason.REFRESH_REUSED);
    }

    @Override
    public void logOut(AccessClaims caller) {
        Instant now = clock.instant();
        sessions.revokeSession(caller.session(), now);
        denyList.deny(caller.tokenId(), caller.expiresAt());
        denyList.deny(caller.session().value(), now.plus(settings.accessTokenTtl()));
    }

    @Override
    public AccessClaims authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            throw new AuthenticationFailedException(Reason.TOKEN_MISSING);
        }
        AccessClaims claims = accessTokens.verify(bearerToken);
        if (denyList.isDenied(claims.tokenId()) || denyList.isDenied(claims.session().value())) {
            throw new AuthenticationFailedException(Reason.TOKEN_REVOKED);
        }
        return claims;
    }

    @Override
    public Purged purgeExpired() {
        Instant now = clock.instant();
        return new Purged(sessions.purgeExpiredSessions(now), denyList.purgeExpiredDenials(now));
    }

    private IssuedTokens issue(Member member, SessionId session, String refresh, Instant refreshExpiresAt,
                               Instant now) {
        // JWT times have whole-second precision; truncate so the claims read back equal.
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(settings.accessTokenTtl());
        AccessClaims claims = new AccessClaims(member.id(), session, UUID.randomUUID(), issuedAt, expiresAt,
                member.name().value(), member.part());
        return new IssuedTokens(member, accessTokens.sign(claims), issuedAt, expiresAt, refresh, refreshExpiresAt);
    }

    private static Duration longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isPresent() && b.isPresent()) {
            return a.get().compareTo(b.get()) >= 0 ? a.get() : b.get();
        }
        return a.or(() -> b).orElse(null);
    }
}
