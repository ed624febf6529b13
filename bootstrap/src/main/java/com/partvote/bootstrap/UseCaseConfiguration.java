package com.partvote.bootstrap;

import com.partvote.adapters.web.security.BcryptPasswordHasher;
import com.partvote.adapters.web.security.InMemoryLoginThrottle;
import com.partvote.adapters.web.security.JwtAccessTokens;
import com.partvote.application.auth.AuthSettings;
import com.partvote.application.port.in.AuthenticateUseCase;
import com.partvote.application.port.in.CastVoteUseCase;
import com.partvote.application.port.in.ImportCandidatesUseCase;
import com.partvote.application.port.in.LogInUseCase;
import com.partvote.application.port.in.LogOutUseCase;
import com.partvote.application.port.in.PurgeExpiredUseCase;
import com.partvote.application.port.in.RefreshSessionUseCase;
import com.partvote.application.port.in.SignUpUseCase;
import com.partvote.application.port.in.ViewMemberUseCase;
import com.partvote.application.port.in.ViewResultsUseCase;
import com.partvote.application.port.out.AccessTokenPort;
import com.partvote.application.port.out.LoadCandidatePort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.LoginThrottlePort;
import com.partvote.application.port.out.PasswordHasher;
import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.application.port.out.ResultsQueryPort;
import com.partvote.application.port.out.SaveCandidatesPort;
import com.partvote.application.port.out.SaveMemberPort;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.TokenDenyListPort;
import com.partvote.application.service.AccountService;
import com.partvote.application.service.CandidateImportService;
import com.partvote.application.service.ResultsService;
import com.partvote.application.service.SessionService;
import com.partvote.application.service.VotingService;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the core by hand: the services are plain objects built from the output ports that the
 * adapters provide, and each input port is exposed as a bean that runs one use case per
 * transaction. The services themselves are not beans, so nothing can reach around the
 * transaction boundary. Votes and logins are also counted, around their transaction, by
 * {@link UseCaseMetrics}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PartvoteProperties.class)
class UseCaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AccessTokenPort accessTokens(PartvoteProperties properties, Environment environment, Clock clock) {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        return new JwtAccessTokens(SigningKeys.resolve(properties.auth().jwtSecret(), production), clock,
                properties.auth().clockSkew());
    }

    @Bean
    PasswordHasher passwordHasher(PartvoteProperties properties) {
        return new BcryptPasswordHasher(properties.auth().bcryptCost());
    }

    @Bean
    LoginThrottlePort loginThrottle(PartvoteProperties properties) {
        PartvoteProperties.Throttle t = properties.throttle();
        return new InMemoryLoginThrottle(t.maxFailuresPerAccount(), t.maxFailuresPerClient(), t.window());
    }

    /** The services, built once; only the transactional ports below are visible as beans. */
    record Services(AccountService accounts, SessionService sessions, VotingService voting,
                    ResultsService results, CandidateImportService candidates) {
    }

    @Bean
    Services services(LoadMemberPort loadMember, SaveMemberPort saveMember, SaveCandidatesPort saveCandidates,
                      LoadCandidatePort loadCandidate, RecordBallotPort ballots, ResultsQueryPort resultsQuery,
                      SessionPort sessions, TokenDenyListPort denyList, AccessTokenPort accessTokens,
                      PasswordHasher hasher, LoginThrottlePort throttle, PartvoteProperties properties, Clock clock) {
        AuthSettings settings = new AuthSettings(properties.auth().accessTokenTtl(), properties.auth().refreshTokenTtl());
        return new Services(
                new AccountService(saveMember, loadMember, saveCandidates, hasher),
                new SessionService(loadMember, sessions, denyList, accessTokens, hasher, throttle, settings, clock),
                new VotingService(loadCandidate, ballots, clock),
                new ResultsService(resultsQuery),
                new CandidateImportService(saveCandidates, clock));
    }

    @Bean
    Transactions transactions(ObjectProvider<PlatformTransactionManager> manager) {
        PlatformTransactionManager m = manager.getIfAvailable();
        if (m == null) {
            return new Transactions(null, null);
        }
        TransactionTemplate readOnly = new TransactionTemplate(m);
        readOnly.setReadOnly(true);
        return new Transactions(new TransactionTemplate(m), readOnly);
    }

    /** Read-write and read-only templates; both null when the store has no transactions (in memory). */
    record Transactions(TransactionTemplate readWrite, TransactionTemplate readOnly) {
    }

    @Bean
    UseCaseMetrics useCaseMetrics(MeterRegistry registry) {
        return new UseCaseMetrics(registry);
    }

    @Bean
    SignUpUseCase signUpUseCase(Services s, Transactions tx) {
        return TransactionalUseCase.wrap(SignUpUseCase.class, s.accounts(), tx.readWrite());
    }

    @Bean
    ViewMemberUseCase viewMemberUseCase(Services s, Transactions tx) {
        return TransactionalUseCase.wrap(ViewMemberUseCase.class, s.accounts(), tx.readOnly());
    }

    /**
     * No transaction around login: it would hold a database connection while BCrypt runs (tens of
     * milliseconds), starving the pool under a burst of logins. Its one write, opening the
     * session with its first token, is a single atomic statement.
     */
    @Bean
    LogInUseCase logInUseCase(Services s, UseCaseMetrics metrics) {
        return metrics.logins(TransactionalUseCase.wrap(LogInUseCase.class, s.sessions(), null));
    }

    @Bean
    RefreshSessionUseCase refreshSessionUseCase(Services s, Transactions tx) {
        return TransactionalUseCase.wrap(RefreshSessionUseCase.class, s.sessions(), tx.readWrite());
    }

    @Bean
    LogOutUseCase logOutUseCase(Services s, Transactions tx) {
        return TransactionalUseCase.wrap(LogOutUseCase.class, s.sessions(), tx.readWrite());
    }

    /** No transaction: verifying a token reads the in-memory deny-list mirror, not the database. */
    @Bean
    AuthenticateUseCase authenticateUseCase(Services s) {
        SessionService sessions = s.sessions();
        return sessions::authenticate;
    }

    @Bean
    PurgeExpiredUseCase purgeExpiredUseCase(Services s, Transactions tx) {
        return TransactionalUseCase.wrap(PurgeExpiredUseCase.class, s.sessions(), tx.readWrite());
    }

    @Bean
    CastVoteUseCase castVoteUseCase(Services s, Transactions tx, UseCaseMetrics metrics) {
        return metrics.votes(TransactionalUseCase.wrap(CastVoteUseCase.class, s.voting(), tx.readWrite()));
    }

    @Bean
    ViewResultsUseCase viewResultsUseCase(Services s, Transactions tx) {
        return TransactionalUseCase.wrap(ViewResultsUseCase.class, s.results(), tx.readOnly());
    }

    @Bean
    ImportCandidatesUseCase importCandidatesUseCase(Services s, Transactions tx) {
        return TransactionalUseCase.wrap(ImportCandidatesUseCase.class, s.candidates(), tx.readWrite());
    }
}
