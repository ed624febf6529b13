package com.partvote.application.service;

import com.partvote.application.auth.ThrottleKeys;
import com.partvote.application.auth.TooManyAttemptsException;
import com.partvote.application.port.in.SignUpUseCase;
import com.partvote.application.port.out.ClubTeamsPort;
import com.partvote.application.port.out.LoginThrottlePort;
import com.partvote.application.port.out.PasswordHasher;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.application.port.out.SaveMemberPort;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.NewMember;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Registration: a new member, linked to the candidates declared with their email. */
public class SignUpService implements SignUpUseCase {

    private final SaveMemberPort saveMember;
    private final SaveElectionPort choices;
    private final ClubTeamsPort teams;
    private final PasswordHasher hasher;
    private final LoginThrottlePort throttle;
    private final Clock clock;
    private final RegistrationPolicy registration;

    public SignUpService(SaveMemberPort saveMember, SaveElectionPort choices,
                         ClubTeamsPort teams, PasswordHasher hasher) {
        this(saveMember, choices, teams, hasher, new LoginThrottlePort() {
            @Override
            public Optional<Duration> blockedFor(String key, Instant now) {
                return Optional.empty();
            }

            @Override
            public void recordFailure(String key, Instant now) {
            }

            @Override
            public void reset(String key) {
            }
        }, Clock.systemUTC());
    }

    /**
     * With a throttle: sign-ups count per client like failed logins ({@code client:signup:}
     * keys, the per-client allowance), because EMAIL_TAKEN tells whoever asks which addresses
     * are members; a client past its allowance gets TOO_MANY_ATTEMPTS instead of an answer.
     */
    public SignUpService(SaveMemberPort saveMember, SaveElectionPort choices,
                         ClubTeamsPort teams, PasswordHasher hasher, LoginThrottlePort throttle, Clock clock) {
        this(saveMember, choices, teams, hasher, throttle, clock, RegistrationPolicy.open());
    }

    /** With a registration policy: in roll mode, only rolled emails register, with the roll's part and team. */
    public SignUpService(SaveMemberPort saveMember, SaveElectionPort choices,
                         ClubTeamsPort teams, PasswordHasher hasher, LoginThrottlePort throttle, Clock clock,
                         RegistrationPolicy registration) {
        this.registration = registration;
        this.throttle = throttle;
        this.clock = clock;
        this.saveMember = saveMember;
        this.choices = choices;
        this.teams = teams;
        this.hasher = hasher;
    }

    @Override
    public Member signUp(SignUpCommand command) {
        Instant now = clock.instant();
        String client = "client:signup:" + ThrottleKeys.clientGroup(command.clientAddress());
        Optional<Duration> wait = throttle.blockedFor(client, now);
        if (wait.isPresent()) {
            throw new TooManyAttemptsException(wait.get());
        }
        throttle.recordFailure(client, now);
        if (command.team() != null && !teams.teams().contains(command.team())) {
            throw new InvalidValueException("team", "unknown", "not one of the club's teams: " + command.team());
        }
        RegistrationPolicy.Admitted admitted = registration.admit(command.email(), command.part(), command.team());
        NewMember newMember = new NewMember(command.name(), command.email(), admitted.part(), admitted.team(),
                hasher.hash(command.password()));
        Member member = saveMember.saveNewMember(newMember);
        // A candidate declared with this email before the member existed is the member.
        CandidateLinks.linkNewMember(member, choices);
        return member;
    }
}
