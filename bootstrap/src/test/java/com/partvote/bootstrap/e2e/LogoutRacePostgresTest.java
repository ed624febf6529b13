package com.partvote.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.application.port.in.CastVoteUseCase;
import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A vote racing the logout of its own token: the vote is held inside the use case (after its
 * token was checked, before its ballot is written), the moment where the race was lost before.
 * The logout must not answer while it is held; once it has answered, the token works nowhere here.
 */
@PostgresApiTest
@Import(LogoutRacePostgresTest.HeldVotes.class)
// long enough that a logout waiting on its own request would show as a timeout below
@TestPropertySource(properties = "partvote.auth.logout-drain-timeout=30s")
class LogoutRacePostgresTest {

    /** Holds the next vote until released, when armed. */
    static final class Hold {
        final AtomicReference<CountDownLatch> entered = new AtomicReference<>();
        final CountDownLatch release = new CountDownLatch(1);

        void pass() throws InterruptedException {
            CountDownLatch armed = entered.getAndSet(null);
            if (armed != null) {
                armed.countDown();
                assertThat(release.await(20, TimeUnit.SECONDS)).as("released").isTrue();
            }
        }
    }

    static final AtomicReference<Hold> HOLD = new AtomicReference<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class HeldVotes {
        @Bean
        static BeanPostProcessor holdVotes() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof CastVoteUseCase cast)) {
                        return bean;
                    }
                    return (CastVoteUseCase) command -> {
                        Hold hold = HOLD.get();
                        if (hold != null) {
                            try {
                                hold.pass();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        return cast.castVote(command);
                    };
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @AfterEach
    void disarm() {
        Hold hold = HOLD.getAndSet(null);
        if (hold != null) {
            hold.release.countDown();
        }
    }

    @Test
    void theLogoutAnswersOnlyAfterTheVoteInFlightAndThenTheTokenWorksNowhere() throws Exception {
        ApiClient api = new ApiClient(port);
        LoggedIn voter = api.logIn(api.newMember("FE"));
        long[] candidates = feCandidates(api);
        Hold hold = new Hold();
        CountDownLatch entered = new CountDownLatch(1);
        hold.entered.set(entered);
        HOLD.set(hold);

        CompletableFuture<Response> vote = CompletableFuture.supplyAsync(() -> api.vote(voter, candidates[0]));
        assertThat(entered.await(10, TimeUnit.SECONDS)).as("the vote reached the use case").isTrue();
        CompletableFuture<Response> logout = CompletableFuture.supplyAsync(
                () -> api.post("/api/users/logouts/", "", voter.bearer()));

        Thread.sleep(500);
        assertThat(logout).as("the logout waits for the vote still in flight").isNotDone();
        hold.release.countDown();

        Response voted = vote.get(10, TimeUnit.SECONDS);
        Response loggedOut = logout.get(10, TimeUnit.SECONDS);
        assertThat(voted.status()).as("the vote began before the logout: it counts").isEqualTo(201);
        assertThat(loggedOut.status()).isEqualTo(200);

        Response after = api.vote(voter, candidates[1]);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.code()).isEqualTo("TOKEN_REVOKED");
    }

    @Test
    void aLogoutDoesNotWaitForItself() throws Exception {
        ApiClient api = new ApiClient(port);
        LoggedIn member = api.logIn(api.newMember("BE"));
        CompletableFuture<Response> logout = CompletableFuture.supplyAsync(
                () -> api.post("/api/users/logouts/", "", member.bearer()));
        assertThat(logout.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(api.get("/api/users/me/", member.bearer()).code()).isEqualTo("TOKEN_REVOKED");
    }

    private static long[] feCandidates(ApiClient api) {
        Response r = api.get("/api/candidates/?part=FE");
        assertThat(r.status()).isEqualTo(200);
        long[] ids = new long[r.detail().size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = r.detail().get(i).get("id").asLong();
        }
        assertThat(ids.length).isGreaterThanOrEqualTo(2);
        return ids;
    }
}
