package com.partvote.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.application.auth.InvalidCredentialsException;
import com.partvote.application.auth.IssuedTokens;
import com.partvote.application.auth.TooManyAttemptsException;
import com.partvote.application.port.in.CastVoteUseCase;
import com.partvote.application.port.in.CastVoteUseCase.CastVoteCommand;
import com.partvote.application.port.in.LogInUseCase;
import com.partvote.application.port.in.LogInUseCase.LogInCommand;
import com.partvote.domain.ballot.BallotRefusedException;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.ElectionState;
import com.partvote.domain.election.rule.NotSelf;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.choice.ChoiceNotFoundException;
import com.partvote.domain.member.MemberId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

class UseCaseMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final UseCaseMetrics metrics = new UseCaseMetrics(registry);
    private final MemberId voter = new MemberId(7);
    private final ChoiceId candidate = new ChoiceId(3);
    private final CastVoteCommand command = CastVoteCommand.forChoice(voter, candidate);

    private double count(String name, String outcome) {
        return registry.get(name).tag("outcome", outcome).counter().count();
    }

    /** A use case that answers each call with the next scripted result (or throws it). */
    private static <T> Supplier<T> script(Deque<Object> results) {
        return () -> {
            Object next = results.removeFirst();
            if (next instanceof RuntimeException e) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            T value = (T) next;
            return value;
        };
    }

    @Test
    void everyExpectedOutcomeIsExposedAtZeroBeforeTheFirstEvent() {
        for (String outcome : new String[] {"accepted", "duplicate", "self_vote", "candidate_not_found", "not_eligible",
                "own_team", "too_many_choices", "election_not_open", "error"}) {
            assertThat(count(UseCaseMetrics.VOTES, outcome)).as(outcome).isZero();
        }
        for (String outcome : new String[] {"success", "invalid_credentials", "throttled", "error"}) {
            assertThat(count(UseCaseMetrics.LOGINS, outcome)).as(outcome).isZero();
        }
    }

    @Test
    void votesAreCountedByTheirOutcomeAndFailuresStillReachTheCaller() {
        Deque<Object> results = new ArrayDeque<>();
        Supplier<BallotSheet> next = script(results);
        CastVoteUseCase metered = metrics.votes(c -> next.get());
        BallotSheet ballot = new BallotSheet(new ElectionId(1), voter, Set.of(candidate), Instant.EPOCH);

        results.add(ballot);
        assertThat(metered.castVote(command)).isSameAs(ballot);
        results.add(new BallotRefusedException(BallotSheet.duplicate(voter, candidate)));
        assertThatThrownBy(() -> metered.castVote(command)).isInstanceOf(BallotRefusedException.class);
        results.add(new BallotRefusedException(NotSelf.refusal("7", "3")));
        assertThatThrownBy(() -> metered.castVote(command)).isInstanceOf(BallotRefusedException.class);
        results.add(new BallotRefusedException(Election.notOpen(ElectionState.CLOSED)));
        assertThatThrownBy(() -> metered.castVote(command)).isInstanceOf(BallotRefusedException.class);
        results.add(new ChoiceNotFoundException(candidate));
        assertThatThrownBy(() -> metered.castVote(command)).isInstanceOf(ChoiceNotFoundException.class);
        results.add(new DataAccessResourceFailureException("database down"));
        assertThatThrownBy(() -> metered.castVote(command)).isInstanceOf(DataAccessResourceFailureException.class);

        assertThat(count(UseCaseMetrics.VOTES, "accepted")).isEqualTo(1);
        assertThat(count(UseCaseMetrics.VOTES, "duplicate")).isEqualTo(1);
        assertThat(count(UseCaseMetrics.VOTES, "self_vote")).isEqualTo(1);
        assertThat(count(UseCaseMetrics.VOTES, "candidate_not_found")).isEqualTo(1);
        assertThat(count(UseCaseMetrics.VOTES, "election_not_open")).isEqualTo(1);
        assertThat(count(UseCaseMetrics.VOTES, "error")).isEqualTo(1);
    }

    @Test
    void loginsAreCountedByTheirOutcome() {
        Deque<Object> results = new ArrayDeque<>();
        Supplier<IssuedTokens> next = script(results);
        LogInUseCase metered = metrics.logins(c -> next.get());
        LogInCommand attempt = new LogInCommand("a@b.example", "password-123", "203.0.113.7");

        results.add(new InvalidCredentialsException());
        assertThatThrownBy(() -> metered.logIn(attempt)).isInstanceOf(InvalidCredentialsException.class);
        results.add(new InvalidCredentialsException());
        assertThatThrownBy(() -> metered.logIn(attempt)).isInstanceOf(InvalidCredentialsException.class);
        results.add(new TooManyAttemptsException(Duration.ofMinutes(4)));
        assertThatThrownBy(() -> metered.logIn(attempt)).isInstanceOf(TooManyAttemptsException.class);

        assertThat(count(UseCaseMetrics.LOGINS, "invalid_credentials")).isEqualTo(2);
        assertThat(count(UseCaseMetrics.LOGINS, "throttled")).isEqualTo(1);
        assertThat(count(UseCaseMetrics.LOGINS, "success")).isZero();
    }
}
