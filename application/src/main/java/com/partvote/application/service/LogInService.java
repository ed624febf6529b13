package com.partvote.application.service;

import com.partvote.application.auth.AuthSettings;
import com.partvote.application.auth.InvalidCredentialsException;
import com.partvote.application.auth.IssuedTokens;
import com.partvote.application.auth.RefreshTokenCodec;
import com.partvote.application.auth.ThrottleKeys;
import com.partvote.application.auth.TooManyAttemptsException;
import com.partvote.application.port.in.LogInUseCase;
import com.partvote.application.port.out.AccessTokenPort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.LoginThrottlePort;
import com.partvote.application.port.out.PasswordHasher;
import com.partvote.application.port.out.SessionPort;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.Password;
import com.partvote.domain.session.SessionId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Logging in opens a session (one per device) with its first refresh token. */
public class LogInService implements LogInUseCase {

    private final LoadMemberPort members;
    private final SessionPort sessions;
    private final PasswordHasher hasher;
    private final LoginThrottlePort throttle;
    private final SessionTokens tokens;
    private final Clock clock;

    public LogInService(LoadMemberPort members, SessionPort sessions, AccessTokenPort accessTokens,
                        PasswordHasher hasher, LoginThrottlePort throttle, AuthSettings settings, Clock clock) {
        this.members = members;
        this.sessions = sessions;
        this.hasher = hasher;
        this.throttle = throttle;
        this.tokens = new SessionTokens(accessTokens, settings);
        this.clock = clock;
    }

    @Override
    public IssuedTokens logIn(LogInCommand command) {
        Instant now = clock.instant();
        Optional<Email> email = Email.tryParse(command.email());
        ThrottleKeys keys = ThrottleKeys.of(email, command.clientAddress());
        Optional<java.time.Duration> wait = keys.blockedFor(throttle, now);
        if (wait.isPresent()) {
            throw new TooManyAttemptsException(wait.get());
        }
        Optional<Member> member = email.flatMap(members::findMemberByEmail);
        Password attempt = Password.attempt(command.password());
        // Hash even when the member is unknown: both failures take the same time.
        boolean matches = hasher.matches(attempt, member.map(Member::passwordHash).orElseGet(hasher::decoy));
        if (member.isEmpty() || !matches) {
            keys.recordFailure(throttle, now);
            throw new InvalidCredentialsException();
        }
        keys.resetAccount(throttle);
        // a disabled account: openSession refuses it (ACCOUNT_DISABLED), after the password check,
        // so that the answer tells nothing to someone who does not know the password
        SessionId session = SessionId.random();
        String refresh = tokens.newRefreshToken();
        Instant refreshExpiresAt = tokens.refreshExpiry(now);
        sessions.openSession(session, member.get().id(), now, RefreshTokenCodec.hash(refresh), refreshExpiresAt);
        return tokens.issue(member.get(), session, refresh, refreshExpiresAt, now);
    }
}
