package com.partvote.bootstrap.e2e;

import static com.partvote.bootstrap.e2e.LiveResultsScenarios.stream;
import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.bootstrap.PartvoteApplication;
import com.partvote.bootstrap.e2e.ApiClient.LoggedIn;
import com.partvote.bootstrap.e2e.ApiClient.Response;
import com.partvote.bootstrap.e2e.EventStream.Block;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one database: the shared test context (A) and a second application started
 * here (B) on the same embedded PostgreSQL. What is done on A reaches the live watchers of B
 * through LISTEN/NOTIFY. The delays are printed; only their arrival (within a generous
 * {@link EventStream#PATIENCE} each) is asserted: this machine is shared.
 */
@PostgresApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one instance B for both tests
class TwoInstancesPostgresTest {

    private static final int ROUNDS = 20;

    @LocalServerPort
    int portA;
    @Autowired
    JdbcConnectionDetails database;

    ConfigurableApplicationContext instanceB;
    int portB;
    ApiClient a;

    @BeforeAll
    void startInstanceB() {
        instanceB = new SpringApplicationBuilder(PartvoteApplication.class)
                .profiles("test")
                .properties("server.port=0", "spring.main.banner-mode=off",
                        "spring.datasource.url=" + database.getJdbcUrl(),
                        "spring.datasource.username=" + database.getUsername(),
                        "spring.datasource.password=" + database.getPassword())
                .run();
        portB = instanceB.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        a = new ApiClient(portA);
    }

    @AfterAll
    void stopInstanceB() {
        instanceB.close();
    }

    @Test
    void everyVoteOnOneInstanceReachesAWatcherOfTheOther() {
        List<LoggedIn> voters = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            voters.add(a.logIn(a.newMember("FE")));
        }
        List<Long> candidates = new ArrayList<>();
        a.get("/api/candidates/?part=FE").detail().forEach(c -> candidates.add(c.get("id").asLong()));
        List<Long> fromAck = new ArrayList<>();
        List<Long> fromSend = new ArrayList<>();
        try (EventStream onB = EventStream.open(portB, stream("fe-leader"))) {
            long ballots = onB.nextEvent().json().get("ballots").asLong();
            for (int i = 0; i < ROUNDS; i++) {
                long sent = System.nanoTime();
                Response vote = a.vote(voters.get(i), candidates.get(i % candidates.size()));
                long acknowledged = System.nanoTime();
                assertThat(vote.status()).as(vote.toString()).isEqualTo(201);
                long expected = ballots + i + 1;
                Block arrived = onB.nextEvent(e -> e.json().get("ballots").asLong() >= expected);
                fromAck.add(Math.max(0, Duration.ofNanos(arrived.receivedNanos() - acknowledged).toMillis()));
                fromSend.add(Duration.ofNanos(arrived.receivedNanos() - sent).toMillis());
            }
        }
        System.out.printf("two instances: vote acknowledged by A -> standings event on B over %d votes: %s; "
                + "from the vote's request: %s%n", ROUNDS, summary(fromAck), summary(fromSend));
        assertThat(fromAck).hasSize(ROUNDS);
    }

    @Test
    void aPublicationOnOneInstanceLiftsTheEmbargoForTheWatchersOfTheOther() {
        LoggedIn admin = a.configuredAdmin();
        LoggedIn member = a.logIn(a.newMember("BE"));
        String slug = "live-b-" + System.nanoTime() % 1_000_000_000L;
        assertThat(a.post("/api/admin/elections/", """
                {"slug":"%s","title":"두 인스턴스","kind":"CANDIDATES","results":"AFTER_CLOSE","rules":[],
                 "choices":[{"key":"a","name":"가후보"}]}""".formatted(slug), admin.bearer()).status()).isEqualTo(201);
        assertThat(a.post("/api/admin/elections/" + slug + "/open/", "", admin.bearer()).status()).isEqualTo(200);
        long choice = a.get("/api/elections/" + slug + "/").detail().get("choices").get(0).get("id").asLong();
        assertThat(a.post("/api/elections/" + slug + "/votes/", "{\"choice\":" + choice + "}", member.bearer()).status())
                .isEqualTo(201);
        assertThat(a.post("/api/admin/elections/" + slug + "/close/", "", admin.bearer()).status()).isEqualTo(200);

        try (EventStream onB = EventStream.open(portB, stream(slug))) {
            Block hidden = onB.nextEvent();
            assertThat(hidden.event()).isEqualTo("embargoed");
            long sent = System.nanoTime();
            assertThat(a.post("/api/admin/elections/" + slug + "/publish/", "", admin.bearer()).status()).isEqualTo(200);
            Block published = onB.nextEvent(e -> e.event().equals("standings"));
            System.out.printf("two instances: publication on A -> standings on B after %d ms%n",
                    Duration.ofNanos(published.receivedNanos() - sent).toMillis());
            assertThat(published.json().get("state").asString()).isEqualTo("PUBLISHED");
            assertThat(published.json().get("ballots").asLong()).isEqualTo(1);
        }
    }

    private static String summary(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return "min %d ms, median %d ms, max %d ms".formatted(sorted.get(0), sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1));
    }
}
