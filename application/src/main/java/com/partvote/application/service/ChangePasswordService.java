package com.partvote.application.service;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthSettings;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.auth.AuthenticationFailedException.Reason;
import com.partvote.application.auth.ThrottleKeys;
import com.partvote.application.auth.TooManyAttemptsException;
import com.partvote.application.auth.WrongPasswordException;
import com.partvote.application.port.in.ChangePasswordUseCase;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.LoginThrottlePort;
import com.partvote.application.port.out.PasswordHasher;
import com.partvote.application.port.out.SaveMemberPort;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.TokenDenyListPort;
import com.partvote.domain.member.Member;
import com.partvote.domain.session.SessionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Changing the password ends every other session of the member, so that whoever knew the old one
 * is out on every device but this. Wrong current passwords count like failed logins, under the
 * same keys (the member's email and the client), so a stolen access token buys no extra guesses.
 */
public class ChangePasswordService implements ChangePasswordUseCase {

    private final LoadMemberPort members;
    private final SaveMemberPort saveMember;
    private final SessionEnding ending;
    private final PasswordHasher hasher;
    private final LoginThrottlePort throttle;
    private final Clock clock;

    public ChangePasswordService(LoadMemberPort members, SaveMemberPort saveMember, SessionPort sessions,
                                 TokenDenyListPort denyList, PasswordHasher hasher, LoginThrottlePort throttle,
                                 AuthSettings settings, Clock clock) {
        this.members = members;
        this.saveMember = saveMember;
        this.ending = new SessionEnding(sessions, denyList, settings);
        this.hasher = hasher;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public List<SessionId> changePassword(AccessClaims caller, ChangePasswordCommand command) {
        Instant now = clock.instant();
        // a valid token for a member that no longer exists is a token that must not work
        Member member = members.findMember(caller.member())
                .orElseThrow(() -> new AuthenticationFailedException(Reason.TOKEN_INVALID));
        ThrottleKeys keys = ThrottleKeys.of(Optional.of(member.email()), command.clientAddress());
        Optional<Duration> wait = keys.blockedFor(throttle, now);
        if (wait.isPresent()) {
            throw new TooManyAttemptsException(wait.get());
        }
        if (!hasher.matches(command.current(), member.passwordHash())) {
            keys.recordFailure(throttle, now);
            throw new WrongPasswordException();
        }
        keys.resetAccount(throttle);
        if (!saveMember.changePasswordHash(member.id(), member.passwordHash(), hasher.hash(command.chosen()))) {
            // another change won meanwhile: the password given is no longer the current one
            throw new WrongPasswordException();
        }
        return ending.endAll(member.id(), Optional.of(caller.session()), now);
    }
}
