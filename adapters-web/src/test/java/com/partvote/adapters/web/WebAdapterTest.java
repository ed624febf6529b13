package com.partvote.adapters.web;

import static com.partvote.domain.fixtures.ChoiceBuilder.aChoice;
import static com.partvote.domain.fixtures.ElectionBuilder.anElection;
import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthenticationFailedException.Reason;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.auth.InvalidCredentialsException;
import com.partvote.application.auth.IssuedTokens;
import com.partvote.application.auth.TooManyAttemptsException;
import com.partvote.application.auth.WrongPasswordException;
import com.partvote.application.port.in.AdministrationUseCases.ChangeRoleUseCase;
import com.partvote.application.port.in.AdministrationUseCases.DisableMemberUseCase;
import com.partvote.application.port.in.AdministrationUseCases.ListMembersUseCase;
import com.partvote.application.port.in.AdministrationUseCases.ViewAuditTrailUseCase;
import com.partvote.application.port.in.AuthenticateUseCase;
import com.partvote.application.port.in.BallotLogUseCases.ViewBallotLogUseCase;
import com.partvote.application.port.in.BallotLogUseCases.ViewReceiptUseCase;
import com.partvote.application.port.in.CastVoteUseCase.CastVoteCommand;
import com.partvote.application.port.in.CastVoteUseCase;
import com.partvote.application.port.in.ChangePasswordUseCase.ChangePasswordCommand;
import com.partvote.application.port.in.ChangePasswordUseCase;
import com.partvote.application.port.in.ElectionReportUseCases.ExportResultsUseCase;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ElectionReportUseCases.ViewTurnoutUseCase;
import com.partvote.application.port.in.EndSessionUseCase;
import com.partvote.application.port.in.ListElectionsUseCase;
import com.partvote.application.port.in.ListSessionsUseCase.SessionView;
import com.partvote.application.port.in.ListSessionsUseCase;
import com.partvote.application.port.in.LogInUseCase;
import com.partvote.application.port.in.LogOutEverywhereUseCase;
import com.partvote.application.port.in.LogOutUseCase;
import com.partvote.application.port.in.ManageElectionUseCases.CreateElectionUseCase;
import com.partvote.application.port.in.ManageElectionUseCases.EditElectionUseCase;
import com.partvote.application.port.in.ManageElectionUseCases.StepElectionUseCase;
import com.partvote.application.port.in.RefreshSessionUseCase;
import com.partvote.application.port.in.ReplaceBallotUseCase;
import com.partvote.application.port.in.SignUpUseCase.SignUpCommand;
import com.partvote.application.port.in.SignUpUseCase;
import com.partvote.application.port.in.ViewBallotUseCase;
import com.partvote.application.port.in.ViewElectionUseCase;
import com.partvote.application.port.in.ViewMemberUseCase;
import com.partvote.application.port.in.ViewResultsUseCase;
import com.partvote.application.port.in.ViewStandingsUseCase;
import com.partvote.application.port.in.ViewStandingsUseCase.ElectionStandings;
import com.partvote.application.port.in.VoterRollUseCases.ListRollUseCase;
import com.partvote.application.port.in.VoterRollUseCases.RemoveRollEntryUseCase;
import com.partvote.application.port.in.VoterRollUseCases.UploadRollUseCase;
import com.partvote.application.port.in.WatchStandingsUseCase;
import com.partvote.application.port.in.WatchStandingsUseCase.StandingsEvent;
import com.partvote.application.port.in.WatchStandingsUseCase.Subscription;
import com.partvote.application.port.in.WatchStandingsUseCase.Watcher;
import com.partvote.application.port.in.WithdrawBallotUseCase;
import com.partvote.application.port.out.LiveEventFormat;
import com.partvote.domain.ballot.BallotRefusedException;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.choice.ChoiceNotFoundException;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.ElectionNotFoundException;
import com.partvote.domain.election.Slug;
import com.partvote.domain.election.ElectionState;
import com.partvote.domain.election.rule.MaxChoices;
import com.partvote.domain.election.rule.NotSelf;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.EmailTakenException;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Part;
import com.partvote.domain.session.SessionId;
import com.partvote.domain.tally.Standing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** The REST adapter alone, over mocked input ports: status codes, envelope, codes, commands. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, classes = WebAdapterTest.App.class)
class WebAdapterTest {

    static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(WebAdapterConfiguration.class)
    static class App {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @MockitoBean SignUpUseCase signUp;
    @MockitoBean LogInUseCase logIn;
    @MockitoBean RefreshSessionUseCase refresh;
    @MockitoBean LogOutUseCase logOut;
    @MockitoBean ViewMemberUseCase viewMember;
    @MockitoBean AuthenticateUseCase authenticate;
    @MockitoBean CastVoteUseCase castVote;
    @MockitoBean ViewBallotLogUseCase ballotLog;
    @MockitoBean ViewReceiptUseCase receipts;
    @MockitoBean ViewResultsUseCase results;
    @MockitoBean ListElectionsUseCase listElections;
    @MockitoBean ViewElectionUseCase viewElection;
    @MockitoBean ViewStandingsUseCase standings;
    @MockitoBean ReplaceBallotUseCase replaceBallot;
    @MockitoBean WithdrawBallotUseCase withdrawBallot;
    @MockitoBean ViewBallotUseCase viewBallot;
    @MockitoBean CreateElectionUseCase createElection;
    @MockitoBean EditElectionUseCase editElection;
    @MockitoBean StepElectionUseCase stepElection;
    @MockitoBean ViewAuditTrailUseCase auditTrail;
    @MockitoBean ListMembersUseCase listMembers;
    @MockitoBean ChangeRoleUseCase changeRole;
    @MockitoBean DisableMemberUseCase disableMember;
    @MockitoBean ViewTurnoutUseCase viewTurnout;
    @MockitoBean ExportResultsUseCase exportResults;
    @MockitoBean UploadRollUseCase uploadRoll;
    @MockitoBean ListRollUseCase listRoll;
    @MockitoBean RemoveRollEntryUseCase removeRollEntry;
    @MockitoBean Clock clock;
    @MockitoBean ChangePasswordUseCase changePassword;
    @MockitoBean ListSessionsUseCase listSessions;
    @MockitoBean EndSessionUseCase endSession;
    @MockitoBean LogOutEverywhereUseCase logOutEverywhere;
    @MockitoBean WatchStandingsUseCase watchStandings;

    @Autowired WebApplicationContext context;
    MockMvc mvc;

    final Member member = aMember().withId(7).named("김채림").withEmail("kim@example.com").inPart(Part.FE).build();
    final AccessClaims caller = new AccessClaims(member.id(), SessionId.random(), UUID.randomUUID(), NOW,
            NOW.plusSeconds(7200), "김채림", Part.FE);

    @Autowired org.springframework.web.filter.CorsFilter corsFilter;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(corsFilter).build();
        when(authenticate.authenticate("good")).thenReturn(caller);
    }

    @Test
    void signUpHandsANormalizedCommandToTheUseCase() throws Exception {
        when(signUp.signUp(any())).thenReturn(member);
        mvc.perform(post("/api/users/signups/").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" 김채림 \",\"email\":\"KIM@Example.com\",\"password\":\"password-123\",\"part\":\"FE\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value(201))
                .andExpect(jsonPath("$.message").value("회원가입 성공"))
                .andExpect(jsonPath("$.code").doesNotExist())
                .andExpect(jsonPath("$.detail.id").value(7));
        ArgumentCaptor<SignUpCommand> command = ArgumentCaptor.forClass(SignUpCommand.class);
        verify(signUp).signUp(command.capture());
        assertThat(command.getValue().email()).isEqualTo(new Email("kim@example.com"));
        assertThat(command.getValue().name().value()).isEqualTo("김채림");
        assertThat(command.getValue().part()).isEqualTo(Part.FE);
    }

    @Test
    void signUpReportsEveryBadFieldWithoutCallingTheUseCase() throws Exception {
        mvc.perform(post("/api/users/signups").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"x\",\"password\":\"1\",\"part\":\"fe\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.detail[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("name", "email", "password", "part")))
                .andExpect(jsonPath("$.detail[?(@.field=='name')].reason").value("required"));
        verifyNoInteractions(signUp);
    }

    @Test
    void ruleFailuresKeepTheirCodes() throws Exception {
        when(signUp.signUp(any())).thenThrow(new EmailTakenException());
        mvc.perform(post("/api/users/signups/").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"김\",\"email\":\"kim@example.com\",\"password\":\"password-123\",\"part\":\"BE\"}")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("EMAIL_TAKEN"))
                .andExpect(jsonPath("$.message").value("This email is already registered."));

        when(logIn.logIn(any())).thenThrow(new InvalidCredentialsException());
        mvc.perform(post("/api/users/logins/").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"kim@example.com\",\"password\":\"nope-nope\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_CREDENTIALS"))
                .andExpect(jsonPath("$.message").value("아이디 또는 비밀번호가 틀렸습니다."));
    }

    @Test
    void throttledLoginsGet429WithRetryAfter() throws Exception {
        when(logIn.logIn(any())).thenThrow(new TooManyAttemptsException(Duration.ofSeconds(90)));
        mvc.perform(post("/api/users/logins/").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"kim@example.com\",\"password\":\"x\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "90"))
                .andExpect(jsonPath("$.code").value("TOO_MANY_ATTEMPTS"));
    }

    @Test
    void loginSetsTheRefreshCookieAndForbidsCaching() throws Exception {
        when(logIn.logIn(any())).thenReturn(new IssuedTokens(member, "access.jwt", NOW, NOW.plusSeconds(7200), "refresh-raw",
                NOW.plus(Duration.ofDays(14))));
        mvc.perform(post("/api/users/logins").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"kim@example.com\",\"password\":\"password-123\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.detail.email").value("kim@example.com"))
                .andExpect(jsonPath("$.detail.token.access_token").value("access.jwt"))
                .andExpect(jsonPath("$.detail.token.expires_in").value(7200))
                .andExpect(jsonPath("$.detail.user.part").value("FE"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("refresh_token=refresh-raw;"),
                        org.hamcrest.Matchers.containsString("Path=/api"),
                        org.hamcrest.Matchers.containsString("Max-Age=1209600"),
                        org.hamcrest.Matchers.containsString("Secure"),
                        org.hamcrest.Matchers.containsString("HttpOnly"),
                        org.hamcrest.Matchers.containsString("SameSite=None"))));
    }

    @Test
    void theVoterComesFromTheTokenNeverFromTheBody() throws Exception {
        when(castVote.castVote(any())).thenReturn(new BallotSheet(new ElectionId(1), member.id(), Set.of(new ChoiceId(3)), NOW));
        mvc.perform(post("/api/votes/").header("Authorization", "Bearer good").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"candidate\":3,\"user\":1}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.detail.user").value(7))
                .andExpect(jsonPath("$.detail.candidate").value(3));
        verify(castVote).castVote(CastVoteCommand.forChoice(new MemberId(7), new ChoiceId(3)));
    }

    @Test
    void voteFailuresMapToTheirStatuses() throws Exception {
        when(castVote.castVote(eq(CastVoteCommand.forChoice(member.id(), new ChoiceId(1)))))
                .thenThrow(new BallotRefusedException(BallotSheet.duplicate(member.id(), new ChoiceId(1))));
        when(castVote.castVote(eq(CastVoteCommand.forChoice(member.id(), new ChoiceId(2)))))
                .thenThrow(new BallotRefusedException(NotSelf.refusal("7", "2")));
        when(castVote.castVote(eq(CastVoteCommand.forChoice(member.id(), new ChoiceId(3)))))
                .thenThrow(new ChoiceNotFoundException(new ChoiceId(3)));
        when(castVote.castVote(eq(CastVoteCommand.forChoice(member.id(), new ChoiceId(4)))))
                .thenThrow(new BallotRefusedException(Election.notOpen(ElectionState.CLOSED)));
        when(castVote.castVote(eq(CastVoteCommand.forChoice(member.id(), new ChoiceId(5)))))
                .thenThrow(new BallotRefusedException(MaxChoices.refusal(1)));
        expectVote("{\"candidate\":1}", 400, "DUPLICATE_VOTE");
        expectVote("{\"candidate\":2}", 400, "SELF_VOTE");
        expectVote("{\"candidate\":3}", 404, "CANDIDATE_NOT_FOUND");
        expectVote("{\"candidate\":4}", 409, "ELECTION_NOT_OPEN");
        expectVote("{\"candidate\":5}", 400, "TOO_MANY_CHOICES");
        expectVote("{\"candidate\":\"3\"}", 400, "VALIDATION_FAILED");
        expectVote("{\"candidate\":3.0}", 400, "VALIDATION_FAILED");
        expectVote("{\"candidate\":null}", 400, "VALIDATION_FAILED");
        expectVote("{\"candidate\":3} trailing", 400, "MALFORMED_JSON");
        expectVote("{\"candidate\"", 400, "MALFORMED_JSON");
    }

    private void expectVote(String body, int status, String code) throws Exception {
        mvc.perform(post("/api/votes/").header("Authorization", "Bearer good").contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.code").value(code));
    }

    @Test
    void authenticatedRoutesChallengeWithBearer() throws Exception {
        when(authenticate.authenticate(null)).thenThrow(new AuthenticationFailedException(Reason.TOKEN_MISSING));
        when(authenticate.authenticate("expired")).thenThrow(new AuthenticationFailedException(Reason.TOKEN_EXPIRED));
        mvc.perform(get("/api/users/me/"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(jsonPath("$.code").value("TOKEN_MISSING"));
        mvc.perform(get("/api/users/me/").header("Authorization", "Bearer expired"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("invalid_token")))
                .andExpect(jsonPath("$.code").value("TOKEN_EXPIRED"));
        mvc.perform(post("/api/users/logouts/").header("Authorization", "Token abc"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("TOKEN_INVALID"));
        verifyNoInteractions(logOut);
    }

    @Test
    void logoutClearsTheCookieWithTheSameAttributes() throws Exception {
        mvc.perform(post("/api/users/logouts/").header("Authorization", "Bearer good"))
                .andExpect(status().isOk())
                .andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("refresh_token=;"),
                        org.hamcrest.Matchers.containsString("Max-Age=0"),
                        org.hamcrest.Matchers.containsString("Path=/api"),
                        org.hamcrest.Matchers.containsString("SameSite=None"))));
        verify(logOut).logOut(caller);
    }

    @Test
    void candidatesNeedAValidPartAndShowNoVoters() throws Exception {
        when(results.standings(Part.BE)).thenReturn(List.of(new Standing(aChoice().withId(4).named("백지훈")
                .inPart(Part.BE).inTeam("헬시어").build(), 12, 1)));
        mvc.perform(get("/api/candidates/").param("part", "BE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.detail[0].id").value(4))
                .andExpect(jsonPath("$.detail[0].user_name").value("백지훈"))
                .andExpect(jsonPath("$.detail[0].vote_count").value(12))
                .andExpect(jsonPath("$.detail[0].rank").value(1))
                .andExpect(jsonPath("$.detail[0].team").value("헬시어"))
                .andExpect(jsonPath("$.detail[0].candidate_votes").doesNotExist());
        mvc.perform(get("/api/candidates/"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_PART"));
        mvc.perform(get("/api/candidates/").param("part", "XX"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_PART"));
    }

    @Test
    void mvcErrorsUseTheEnvelope() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/votes/"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"));
        mvc.perform(post("/api/votes/").header("Authorization", "Bearer good").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
        mvc.perform(get("/api/nothing-here"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void refreshWithoutCookieIsAskedOfTheUseCaseAsMissing() throws Exception {
        when(refresh.refresh(null)).thenThrow(new AuthenticationFailedException(Reason.REFRESH_MISSING));
        mvc.perform(post("/api/refreshes/"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("REFRESH_MISSING"));
    }

    @Test
    void corsAllowsOnlyTheConfiguredOriginsWithCredentials() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options("/api/votes/")
                        .header("Origin", "http://localhost:3000")
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "Authorization, Content-Type"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "http://localhost:3000"))
                .andExpect(header().string("Access-Control-Allow-Credentials", "true"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options("/api/votes/")
                        .header("Origin", "https://evil.example")
                        .header("Access-Control-Request-Method", "POST"))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"))
                .andExpect(jsonPath("$.code").value("CORS_ORIGIN_DENIED"));
        mvc.perform(get("/api/candidates/").param("part", "FE").header("Origin", "https://evil.example"))
                .andExpect(status().isForbidden());
    }

    // ---- password and sessions -----------------------------------------------------------------

    @Test
    void aPasswordChangeChecksTheNewPasswordLikeSignUpWithoutCallingTheUseCase() throws Exception {
        mvc.perform(post("/api/users/password/").header("Authorization", "Bearer good").header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"new_password\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.detail[?(@.field=='current_password')].reason").value("required"))
                .andExpect(jsonPath("$.detail[?(@.field=='new_password')].reason").value("size"))
                .andExpect(jsonPath("$.detail[?(@.field=='new_password')].message")
                        .value("The new password must be 8 to 64 characters."));
        verifyNoInteractions(changePassword);
    }

    @Test
    void aPasswordChangeHandsTheCallerAndBothPasswordsToTheUseCase() throws Exception {
        mvc.perform(post("/api/users/password/").header("Authorization", "Bearer good")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"current_password\":\"old\",\"new_password\":\"new-password-1\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("비밀번호 변경 성공"))
                .andExpect(header().doesNotExist("Set-Cookie"));
        ArgumentCaptor<ChangePasswordCommand> command = ArgumentCaptor.forClass(ChangePasswordCommand.class);
        verify(changePassword).changePassword(eq(caller), command.capture());
        assertThat(command.getValue().current().reveal()).isEqualTo("old");
        assertThat(command.getValue().chosen().reveal()).isEqualTo("new-password-1");
    }

    @Test
    void aWrongCurrentPasswordHasItsOwnCode() throws Exception {
        when(changePassword.changePassword(any(), any())).thenThrow(new WrongPasswordException());
        mvc.perform(post("/api/users/password/").header("Authorization", "Bearer good")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"current_password\":\"nope\",\"new_password\":\"new-password-1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("WRONG_CURRENT_PASSWORD"))
                .andExpect(jsonPath("$.message").value("현재 비밀번호가 틀렸습니다."));
    }

    @Test
    void sessionsAreListedWithTheirTimesAndWhichIsCurrent() throws Exception {
        when(listSessions.listSessions(caller)).thenReturn(List.of(new SessionView(caller.session(), NOW,
                NOW.plusSeconds(60), NOW.plus(Duration.ofDays(14)), true)));
        mvc.perform(get("/api/users/sessions/").header("Authorization", "Bearer good"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.detail[0].id").value(caller.session().toString()))
                .andExpect(jsonPath("$.detail[0].created_at").value("2026-03-05T12:00:00Z"))
                .andExpect(jsonPath("$.detail[0].last_used_at").value("2026-03-05T12:01:00Z"))
                .andExpect(jsonPath("$.detail[0].expires_at").value("2026-03-19T12:00:00Z"))
                .andExpect(jsonPath("$.detail[0].current").value(true));
    }

    @Test
    void aMalformedSessionIdIsNotFoundWithoutAskingTheUseCase() throws Exception {
        mvc.perform(delete("/api/users/sessions/1-1-1-1-1/").header("Authorization", "Bearer good"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("SESSION_NOT_FOUND"));
        verifyNoInteractions(endSession);
    }

    @Test
    void endingAnotherSessionKeepsTheCookie() throws Exception {
        SessionId phone = SessionId.random();
        mvc.perform(delete("/api/users/sessions/" + phone + "/").header("Authorization", "Bearer good"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("세션 종료 성공"))
                .andExpect(header().doesNotExist("Set-Cookie"));
        verify(endSession).endSession(caller, phone);
    }

    @Test
    void endingTheCallersOwnSessionClearsTheCookie() throws Exception {
        mvc.perform(delete("/api/users/sessions/" + caller.session()).header("Authorization", "Bearer good"))
                .andExpect(status().isOk())
                .andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.startsWith("refresh_token=;")));
    }

    @Test
    void loggingOutEverywhereClearsTheCookie() throws Exception {
        when(logOutEverywhere.logOutEverywhere(caller)).thenReturn(List.of(caller.session()));
        mvc.perform(post("/api/users/logouts/all/").header("Authorization", "Bearer good"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("모든 기기에서 로그아웃 성공"))
                .andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("refresh_token=;"),
                        org.hamcrest.Matchers.containsString("Max-Age=0"))));
    }

    // ---- live results ----------------------------------------------------------------------

    @Autowired LiveEventFormat frames;
    @Autowired JsonMapper json;

    @Test
    void theLiveStreamHandsTheSlugTheViewerAndTheLastEventIdToTheUseCaseAndWritesFramesAsTheyAre() throws Exception {
        when(clock.instant()).thenReturn(NOW);
        when(watchStandings.watch(any(), any(), any(), any())).thenAnswer(call -> {
            Watcher watcher = call.getArgument(3);
            watcher.send("event: standings\nid: 0123456789abcdef\ndata: {}\n\n");
            return subscription(false);
        });

        mvc.perform(get("/api/elections/fe-leader/results/stream").header("Authorization", "Bearer good")
                        .header("Last-Event-ID", "fedcba9876543210").accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/event-stream")))
                .andExpect(header().string("X-Accel-Buffering", "no"))
                .andExpect(content().string("retry: 2000\nevent: standings\nid: 0123456789abcdef\ndata: {}\n\n"));
        verify(watchStandings).watch(eq(new ElectionRef.BySlug(new Slug("fe-leader"))), eq(Optional.of(member.id())),
                eq(Optional.of("fedcba9876543210")), any());
    }

    @Test
    void aResumedStreamOpensWithTheRetryHintAlone() throws Exception {
        when(watchStandings.watch(any(), any(), any(), any())).thenReturn(subscription(true));

        mvc.perform(get("/api/elections/3/results/stream/").header("Last-Event-ID", "0123456789abcdef"))
                .andExpect(request().asyncStarted())
                .andExpect(content().string("retry: 2000\n\n"));
        verify(watchStandings).watch(eq(ElectionRef.of(new ElectionId(3))), eq(Optional.empty()),
                eq(Optional.of("0123456789abcdef")), any());
    }

    @Test
    void anUnknownElectionIsTheJsonEnvelopeEvenToAnEventStreamClient() throws Exception {
        when(watchStandings.watch(any(), any(), any(), any())).thenThrow(new ElectionNotFoundException("nope"));

        mvc.perform(get("/api/elections/nope/results/stream/").accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/json")))
                .andExpect(jsonPath("$.code").value("ELECTION_NOT_FOUND"));
    }

    @Test
    void aStandingsFrameCarriesTheResultsRoutesDetailOnOneLine() throws Exception {
        Election e = anElection().withId(3).build();
        List<Standing> ranked = List.of(new Standing(aChoice().withId(4).in(e.id()).named("김\"채림").build(), 2, 1));
        ElectionStandings s = new ElectionStandings(e, ElectionState.OPEN, ranked, 2, 2, NOW);
        when(standings.standings(any(), any())).thenReturn(s);
        String rest = mvc.perform(get("/api/elections/3/results/")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        String frame = frames.frame(new StandingsEvent("0123456789abcdef", s));

        assertThat(frame).startsWith("event: standings\nid: 0123456789abcdef\ndata: ").endsWith("\n\n");
        String data = frame.substring(frame.indexOf("data: ") + 6, frame.length() - 2);
        assertThat(data).doesNotContain("\n");
        assertThat(json.readTree(data)).isEqualTo(json.readTree(rest).get("detail"));
        assertThat(frames.heartbeat()).isEqualTo(": heartbeat\n\n");
    }

    private static Subscription subscription(boolean resumed) {
        return new Subscription() {
            @Override
            public boolean resumed() {
                return resumed;
            }

            @Override
            public void close() {
            }
        };
    }
}
