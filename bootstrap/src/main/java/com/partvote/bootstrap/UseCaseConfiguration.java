package com.partvote.bootstrap;

import com.partvote.adapters.web.security.BcryptPasswordHasher;
import com.partvote.adapters.web.security.InMemoryLoginThrottle;
import com.partvote.adapters.web.security.JwtAccessTokens;
import com.partvote.adapters.web.security.VerifiedTokens;
import com.partvote.application.auth.AccessPolicy;
import com.partvote.application.auth.AuthSettings;
import com.partvote.application.port.in.AuthenticateUseCase;
import com.partvote.application.port.in.CastVoteUseCase;
import com.partvote.application.port.in.ChangePasswordUseCase;
import com.partvote.application.port.in.EndSessionUseCase;
import com.partvote.application.port.in.ListElectionsUseCase;
import com.partvote.application.port.in.ListSessionsUseCase;
import com.partvote.application.port.in.LogInUseCase;
import com.partvote.application.port.in.LogOutEverywhereUseCase;
import com.partvote.application.port.in.LogOutUseCase;
import com.partvote.application.port.in.PurgeExpiredUseCase;
import com.partvote.application.port.in.RefreshSessionUseCase;
import com.partvote.application.port.in.ReplaceBallotUseCase;
import com.partvote.application.port.in.SetUpClubUseCase;
import com.partvote.application.port.in.SignUpUseCase;
import com.partvote.application.port.in.ViewBallotUseCase;
import com.partvote.application.port.in.ViewElectionUseCase;
import com.partvote.application.port.in.ViewMemberUseCase;
import com.partvote.application.port.in.ViewResultsUseCase;
import com.partvote.application.port.in.ViewStandingsUseCase;
import com.partvote.application.port.in.WithdrawBallotUseCase;
import com.partvote.application.port.out.AccessTokenPort;
import com.partvote.application.port.out.ClubTeamsPort;
import com.partvote.application.port.out.LoadBallotSheetPort;
import com.partvote.application.port.out.LoadChoicePort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.LoadVoterPort;
import com.partvote.application.port.out.LoginThrottlePort;
import com.partvote.application.port.out.PasswordHasher;
import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.application.port.out.SaveMemberPort;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.application.port.out.StandingsSignalPort;
import com.partvote.application.port.out.TokenDenyListPort;
import com.partvote.application.service.AuthenticateService;
import com.partvote.application.service.CastVoteService;
import com.partvote.application.service.ChangePasswordService;
import com.partvote.application.service.ClubSetupService;
import com.partvote.application.service.ElectionLookup;
import com.partvote.application.service.EndSessionService;
import com.partvote.application.service.ListElectionsService.ElectionViews;
import com.partvote.application.service.ListElectionsService;
import com.partvote.application.service.ListSessionsService;
import com.partvote.application.service.LogInService;
import com.partvote.application.service.LogOutEverywhereService;
import com.partvote.application.service.LogOutService;
import com.partvote.application.service.PartResultsService;
import com.partvote.application.service.PurgeExpiredService;
import com.partvote.application.service.RefreshSessionService;
import com.partvote.application.service.RegistrationPolicy;
import com.partvote.application.service.ReplaceBallotService;
import com.partvote.application.service.SignUpService;
import com.partvote.application.service.ViewBallotService;
import com.partvote.application.service.ViewElectionService;
import com.partvote.application.service.ViewMemberService;
import com.partvote.application.service.ViewStandingsService;
import com.partvote.application.service.WithdrawBallotService;
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
 * adapters provide, each in the bean of its input port, which runs one use case per
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
        JwtAccessTokens jwt = new JwtAccessTokens(SigningKeys.resolve(properties.auth().jwtSecret(), production),
                clock, properties.auth().clockSkew());
        // each token's signature is checked once, not on every request (revocation still is, by the deny list)
        return new VerifiedTokens(jwt, clock, properties.auth().clockSkew(), 8192);
    }

    @Bean
    PasswordHasher passwordHasher(PartvoteProperties properties) {
        return new BcryptPasswordHasher(properties.auth().bcryptCost());
    }

    @Bean
    LoginThrottlePort loginThrottle(PartvoteProperties properties) {
        PartvoteProperties.Throttle t = properties.throttle();
        return new InMemoryLoginThrottle(t.maxFailuresPerAccount(), t.maxFailuresPerClient(), t.window())
                .withMaxSignUpsPerClient(t.maxSignUpsPerClient());
    }

    /** How the election use cases find an election and the caller as a voter (one, shared by them). */
    @Bean
    ElectionLookup electionLookup(LoadElectionPort elections, LoadVoterPort voters, AccessPolicy access) {
        return new ElectionLookup(elections, voters, access);
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
    SignUpUseCase signUpUseCase(SaveMemberPort saveMember, SaveElectionPort saveElection, ClubTeamsPort teams,
                                PasswordHasher hasher, LoginThrottlePort throttle, RegistrationPolicy registration,
                                Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(SignUpUseCase.class,
                new SignUpService(saveMember, saveElection, teams, hasher, throttle, clock, registration), tx.readWrite());
    }

    @Bean
    ViewMemberUseCase viewMemberUseCase(LoadMemberPort loadMember, Transactions tx) {
        return TransactionalUseCase.wrap(ViewMemberUseCase.class, new ViewMemberService(loadMember), tx.readOnly());
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

    /**
     * One transaction, unlike login: the new hash and the end of every other session commit
     * together or not at all. It holds a connection while BCrypt runs (twice), which login avoids;
     * but changing a password is rare, needs a valid access token and is throttled like logins.
     */
    @Bean
    ChangePasswordUseCase changePasswordUseCase(LoadMemberPort members, SaveMemberPort saveMember, SessionPort sessions,
                                                TokenDenyListPort denyList, PasswordHasher hasher,
                                                LoginThrottlePort throttle, AuthSettings settings, Clock clock,
                                                Transactions tx) {
        return TransactionalUseCase.wrap(ChangePasswordUseCase.class, new ChangePasswordService(members, saveMember,
                sessions, denyList, hasher, throttle, settings, clock), tx.readWrite());
    }

    @Bean
    ListSessionsUseCase listSessionsUseCase(SessionPort sessions, Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(ListSessionsUseCase.class, new ListSessionsService(sessions, clock),
                tx.readOnly());
    }

    @Bean
    EndSessionUseCase endSessionUseCase(SessionPort sessions, TokenDenyListPort denyList, AuthSettings settings,
                                        Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(EndSessionUseCase.class,
                new EndSessionService(sessions, denyList, settings, clock), tx.readWrite());
    }

    @Bean
    LogOutEverywhereUseCase logOutEverywhereUseCase(SessionPort sessions, TokenDenyListPort denyList,
                                                    AuthSettings settings, Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(LogOutEverywhereUseCase.class,
                new LogOutEverywhereService(sessions, denyList, settings, clock), tx.readWrite());
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

    /** The ballot's changes are announced to the live standings once committed ({@link AnnouncedChanges}). */
    @Bean
    CastVoteUseCase castVoteUseCase(ElectionLookup lookup, LoadChoicePort choices, RecordBallotPort ballots, Clock clock,
                                    UseCaseMetrics metrics, StandingsSignalPort signal) {
        CastVoteService service = new CastVoteService(lookup, choices, ballots, clock);
        return metrics.votes(AnnouncedChanges.castVote(
                TransactionalUseCase.wrap(CastVoteUseCase.class, service, null), signal));
    }

    @Bean
    ReplaceBallotUseCase replaceBallotUseCase(ElectionLookup lookup, LoadChoicePort choices, RecordBallotPort ballots,
                                              Clock clock, Transactions tx, StandingsSignalPort signal) {
        ReplaceBallotService service = new ReplaceBallotService(lookup, choices, ballots, clock);
        return AnnouncedChanges.replaceBallot(
                TransactionalUseCase.wrap(ReplaceBallotUseCase.class, service, tx.readWrite()), signal);
    }

    @Bean
    WithdrawBallotUseCase withdrawBallotUseCase(ElectionLookup lookup, RecordBallotPort ballots, Clock clock,
                                                Transactions tx, StandingsSignalPort signal) {
        WithdrawBallotService service = new WithdrawBallotService(lookup, ballots, clock);
        return AnnouncedChanges.withdrawBallot(
                TransactionalUseCase.wrap(WithdrawBallotUseCase.class, service, tx.readWrite()), signal);
    }

    @Bean
    ViewBallotUseCase viewBallotUseCase(ElectionLookup lookup, LoadBallotSheetPort sheets, Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(ViewBallotUseCase.class,
                new ViewBallotService(lookup, sheets, clock), tx.readOnly());
    }

    @Bean
    ListElectionsUseCase listElectionsUseCase(LoadElectionPort elections, ElectionLookup lookup, LoadChoicePort choices,
                                              LoadBallotSheetPort sheets, Clock clock, Transactions tx) {
        ElectionViews views = new ElectionViews(lookup, choices, sheets, clock);
        return TransactionalUseCase.wrap(ListElectionsUseCase.class, new ListElectionsService(elections, views),
                tx.readOnly());
    }

    @Bean
    ViewElectionUseCase viewElectionUseCase(ElectionLookup lookup, LoadChoicePort choices, LoadBallotSheetPort sheets,
                                            Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(ViewElectionUseCase.class, new ViewElectionService(lookup, sheets,
                new ElectionViews(lookup, choices, sheets, clock)), tx.readOnly());
    }

    @Bean
    ViewStandingsUseCase viewStandingsUseCase(ElectionLookup lookup, StandingsQueryPort standings, Clock clock,
                                              Transactions tx) {
        return TransactionalUseCase.wrap(ViewStandingsUseCase.class,
                new ViewStandingsService(lookup, standings, clock), tx.readOnly());
    }

    @Bean
    ViewResultsUseCase viewResultsUseCase(LoadElectionPort elections, StandingsQueryPort standings, Clock clock,
                                          Transactions tx) {
        return TransactionalUseCase.wrap(ViewResultsUseCase.class,
                new PartResultsService(elections, standings, clock), tx.readOnly());
    }

    @Bean
    SetUpClubUseCase setUpClubUseCase(ClubTeamsPort teams, LoadElectionPort elections, SaveElectionPort saveElection,
                                      LoadMemberPort members, Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(SetUpClubUseCase.class,
                new ClubSetupService(teams, elections, saveElection, members, clock), tx.readWrite());
    }
}
