package com.partvote.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.application.port.out.StandingsSignalPort;
import com.partvote.domain.election.ElectionId;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * What {@link StandingsSignalPort} promises: an announcement on one instance reaches the
 * listeners of every instance sharing the store, its own included, promptly (the suite allows
 * {@link #PATIENCE}; the timings are printed, not judged) and none of many announcements is lost.
 *
 * <p>An adapter subclasses this once and implements {@link #connect()}: a new endpoint on the
 * same store, as a second instance of the application would have it, ready to hear when it
 * returns.
 */
public abstract class StandingsSignalContract {

    protected static final Duration PATIENCE = Duration.ofSeconds(5);

    /** Another endpoint of the store under test (for PostgreSQL its own connections), already listening. */
    protected abstract StandingsSignalPort connect();

    @Test
    void anAnnouncementReachesTheListenersOfAnotherInstance() {
        StandingsSignalPort a = connect();
        StandingsSignalPort b = connect();
        Heard onB = new Heard();
        b.subscribe(onB);
        ElectionId election = new ElectionId(41);

        long start = System.nanoTime();
        a.announce(election);

        await(() -> onB.has(election), "the other instance hears it");
        System.out.printf("%s: announcement heard by another instance after %d ms%n", getClass().getSimpleName(),
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    @Test
    void theAnnouncingInstanceHearsItsOwnAnnouncementsAtOnce() {
        StandingsSignalPort a = connect();
        Heard onA = new Heard();
        a.subscribe(onA);

        a.announce(new ElectionId(42));

        assertThat(onA.has(new ElectionId(42))).as("heard before announce returned").isTrue();
    }

    @Test
    void manyAnnouncementsOfManyElectionsAreAllHeard() {
        StandingsSignalPort a = connect();
        StandingsSignalPort b = connect();
        Heard onB = new Heard();
        b.subscribe(onB);
        // enough ids that they cannot all travel in one PostgreSQL notification (8000 bytes at most)
        Set<ElectionId> elections = LongStream.rangeClosed(1, 1500).map(i -> i * 1_000_003L)
                .mapToObj(ElectionId::new).collect(Collectors.toSet());

        for (int round = 0; round < 3; round++) {
            elections.forEach(a::announce);
        }

        await(() -> onB.heard.keySet().containsAll(elections), "every election heard at least once");
    }

    protected static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within %s: %s", PATIENCE, what).isLessThan(deadline);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** What one instance's listener heard. */
    protected static final class Heard implements StandingsSignalPort.Listener {
        public Heard() {
        }

        final Map<ElectionId, AtomicInteger> heard = new ConcurrentHashMap<>();
        public final AtomicInteger lost = new AtomicInteger();

        public boolean has(ElectionId election) {
            return heard.containsKey(election);
        }

        @Override
        public void changed(ElectionId election) {
            heard.computeIfAbsent(election, e -> new AtomicInteger()).incrementAndGet();
        }

        @Override
        public void lost() {
            lost.incrementAndGet();
        }
    }
}
