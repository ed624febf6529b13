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
import com.partvote.application.service.AuthenticateService;
import com.partvote.application.service.LogInService;
import com.partvote.application.service.LogOutService;
import com.partvote.application.service.PurgeExpiredService;
import com.partvote.application.service.RefreshSessionService;
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
 * Wires the core by hand: one plain service per use case, built from the output ports that the
 * adapters provide, and exposed as its input port, wrapped so that each call is one
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

    @Bean
    AuthSettings authSettings(PartvoteProperties properties) {
        PartvoteProperties.Auth a = properties.auth();
        return new AuthSettings(a.accessTokenTtl(), a.refreshTokenTtl(), a.refreshReuseInterval());
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
    SignUpUseCase signUpUseCase(SaveMemberPort saveMember, LoadMemberPort loadMember, SaveCandidatesPort candidates,
                                PasswordHasher hasher, LoginThrottlePort throttle, Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(SignUpUseCase.class,
                new AccountService(saveMember, loadMember, candidates, hasher, throttle, clock), tx.readWrite());
    }

    @Bean
    ViewMemberUseCase viewMemberUseCase(SaveMemberPort saveMember, LoadMemberPort loadMember,
                                        SaveCandidatesPort candidates, PasswordHasher hasher, Transactions tx) {
        return TransactionalUseCase.wrap(ViewMemberUseCase.class,
                new AccountService(saveMember, loadMember, candidates, hasher), tx.readOnly());
    }

    /**
     * No transaction around login: it would hold a database connection while BCrypt runs (tens of
     * milliseconds), starving the pool under a burst of logins. Its one write, opening the
     * session with its first token, is a single atomic statement.
     */
    @Bean
    LogInUseCase logInUseCase(LoadMemberPort members, SessionPort sessions, AccessTokenPort accessTokens,
                              PasswordHasher hasher, LoginThrottlePort throttle, AuthSettings settings, Clock clock,
                              UseCaseMetrics metrics) {
        return metrics.logins(new LogInService(members, sessions, accessTokens, hasher, throttle, settings, clock));
    }

    @Bean
    RefreshSessionUseCase refreshSessionUseCase(LoadMemberPort members, SessionPort sessions,
                                                TokenDenyListPort denyList, AccessTokenPort accessTokens,
                                                AuthSettings settings, Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(RefreshSessionUseCase.class,
                new RefreshSessionService(members, sessions, denyList, accessTokens, settings, clock), tx.readWrite());
    }

    @Bean
    LogOutUseCase logOutUseCase(SessionPort sessions, TokenDenyListPort denyList, AuthSettings settings, Clock clock,
                                Transactions tx) {
        return TransactionalUseCase.wrap(LogOutUseCase.class,
                new LogOutService(sessions, denyList, settings, clock), tx.readWrite());
    }

    /** No transaction: verifying a token reads the in-memory deny-list mirror, not the database. */
    @Bean
    AuthenticateUseCase authenticateUseCase(AccessTokenPort accessTokens, TokenDenyListPort denyList) {
        return new AuthenticateService(accessTokens, denyList);
    }

    @Bean
    PurgeExpiredUseCase purgeExpiredUseCase(SessionPort sessions, TokenDenyListPort denyList, Clock clock,
                                            Transactions tx) {
        return TransactionalUseCase.wrap(PurgeExpiredUseCase.class,
                new PurgeExpiredService(sessions, denyList, clock), tx.readWrite());
    }

    @Bean
    CastVoteUseCase castVoteUseCase(LoadCandidatePort candidates, RecordBallotPort ballots, Clock clock,
                                    Transactions tx, UseCaseMetrics metrics) {
        return metrics.votes(TransactionalUseCase.wrap(CastVoteUseCase.class,
                new VotingService(candidates, ballots, clock), tx.readWrite()));
    }

    @Bean
    ViewResultsUseCase viewResultsUseCase(ResultsQueryPort results, Transactions tx) {
        return TransactionalUseCase.wrap(ViewResultsUseCase.class, new ResultsService(results), tx.readOnly());
    }

    @Bean
    ImportCandidatesUseCase importCandidatesUseCase(SaveCandidatesPort candidates, Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(ImportCandidatesUseCase.class,
                new CandidateImportService(candidates, clock), tx.readWrite());
    }
}
