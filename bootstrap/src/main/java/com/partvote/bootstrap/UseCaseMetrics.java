package com.partvote.bootstrap;

import com.partvote.adapters.web.api.ErrorCatalog;
import com.partvote.application.port.in.CastVoteUseCase;
import com.partvote.application.port.in.LogInUseCase;
import com.partvote.domain.CodedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Counts the outcomes of the use cases an operator watches, as Prometheus counters
 * ({@code partvote_votes_total{outcome=...}}, {@code partvote_logins_total{outcome=...}}), by
 * decorating their input ports: the core stays unaware of metrics. Each call is counted once,
 * after the transaction inside it has committed or rolled back; a rule's refusal is counted by
 * its stable code from the {@link ErrorCatalog} (under the tag named here, else the code in lower
 * case), anything else as {@code error}. The expected outcomes start at zero, so
 * that a dashboard or an alert sees them before the first event.
 */
final class UseCaseMetrics {

    static final String VOTES = "partvote.votes";
    static final String LOGINS = "partvote.logins";

    private final Outcomes votes;
    private final Outcomes logins;

    UseCaseMetrics(MeterRegistry registry) {
        this.votes = new Outcomes(registry, VOTES, "Votes cast, by outcome", "accepted", Map.of(
                ErrorCatalog.DUPLICATE_VOTE, "duplicate",
                ErrorCatalog.SELF_VOTE, "self_vote",
                // the tag dashboards knew before elections: an unknown choice is an unknown candidate
                ErrorCatalog.CHOICE_NOT_FOUND, "candidate_not_found",
                ErrorCatalog.NOT_ELIGIBLE, "not_eligible",
                ErrorCatalog.OWN_TEAM, "own_team",
                ErrorCatalog.TOO_MANY_CHOICES, "too_many_choices",
                ErrorCatalog.ELECTION_NOT_OPEN, "election_not_open"));
        this.logins = new Outcomes(registry, LOGINS, "Login attempts, by outcome", "success", Map.of(
                ErrorCatalog.INVALID_CREDENTIALS, "invalid_credentials",
                ErrorCatalog.TOO_MANY_ATTEMPTS, "throttled"));
    }

    CastVoteUseCase votes(CastVoteUseCase target) {
        return command -> votes.count(() -> target.castVote(command));
    }

    LogInUseCase logins(LogInUseCase target) {
        return command -> logins.count(() -> target.logIn(command));
    }

    /** One counter per outcome of one use case. */
    static final class Outcomes {

        private static final String ERROR = "error";

        private final MeterRegistry registry;
        private final String name;
        private final String description;
        private final String success;
        private final Map<ErrorCatalog, String> outcomeByCode;
        private final Map<String, Counter> counters = new ConcurrentHashMap<>();

        Outcomes(MeterRegistry registry, String name, String description, String success,
                 Map<ErrorCatalog, String> outcomeByCode) {
            this.registry = registry;
            this.name = name;
            this.description = description;
            this.success = success;
            this.outcomeByCode = Map.copyOf(outcomeByCode);
            counter(success);
            outcomeByCode.values().forEach(this::counter);
            counter(ERROR);
        }

        <T> T count(Supplier<T> call) {
            T result;
            try {
                result = call.get();
            } catch (CodedException e) {
                String outcome = ErrorCatalog.find(e.code()).map(outcomeByCode::get)
                        .orElse(e.code().toLowerCase(Locale.ROOT));
                counter(outcome).increment();
                throw e;
            } catch (RuntimeException | Error e) {
                counter(ERROR).increment();
                throw e;
            }
            counter(success).increment();
            return result;
        }

        private Counter counter(String outcome) {
            return counters.computeIfAbsent(outcome, o -> Counter.builder(name).description(description)
                    .tag("outcome", o).register(registry));
        }
    }
}
