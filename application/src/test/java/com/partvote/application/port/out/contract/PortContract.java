package com.partvote.application.port.out.contract;

import static com.partvote.domain.fixtures.CandidateBuilder.aCandidate;
import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.domain.candidate.Candidate;
import com.partvote.domain.candidate.CandidateId;
import com.partvote.domain.candidate.CandidateProfile;
import com.partvote.domain.fixtures.CandidateBuilder;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.Part;
import com.partvote.domain.tally.CandidateVotes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every part of the persistence contract shares: the store under test and a few helpers.
 *
 * <p>An adapter runs the contract by subclassing each {@code *Contract} class and implementing
 * {@link #freshStore()}. The suite assumes nothing about how ids are chosen (they need not start
 * at 1 nor be consecutive), only what the ports promise.
 */
public abstract class PortContract {

    /** The instant the tests treat as "now"; ports are always handed their time explicitly. */
    protected static final Instant T0 = Instant.parse("2026-03-05T09:00:00Z");

    /** How many threads the concurrency tests start at once. */
    protected static final int THREADS = 16;

    /** The store of the running test, from {@link #freshStore()}. */
    protected PersistencePorts store;

    /**
     * Called before every test: the ports of a store that holds nothing yet (no member,
     * candidate, ballot, session or deny-list entry), so that nothing one test wrote is seen by
     * another. Each call of a port must be complete when it returns (committed, if the store
     * has transactions): the suite calls the ports the way a use case does, from many threads.
     */
    protected abstract PersistencePorts freshStore();

    @BeforeEach
    void openFreshStore() {
        store = freshStore();
        assertThat(store).as("freshStore()").isNotNull();
    }

    // ---- members and candidates the tests need --------------------------------------------

    protected Member newMember() {
        return newMember(Part.FE);
    }

    protected Member newMember(Part part) {
        return store.saveMember().saveNewMember(aMember().inPart(part).unsaved());
    }

    /** Registers one new candidate (under its own key) and returns it as the store keeps it. */
    protected Candidate newCandidate(Part part) {
        return newCandidate(aCandidate().inPart(part));
    }

    protected Candidate newCandidate(CandidateBuilder candidate) {
        return register(candidate.key(), candidate.profile(), T0);
    }

    /** Upserts one profile under {@code key} and returns the candidate stored under that key. */
    protected Candidate register(String key, CandidateProfile profile, Instant now) {
        Set<CandidateId> before = idsOf(profile.part());
        store.saveCandidates().upsertCandidates(Map.of(key, profile), now);
        List<Candidate> added = candidatesOf(profile.part()).stream()
                .filter(c -> !before.contains(c.id())).toList();
        assertThat(added).as("candidates added by one new key").hasSize(1);
        return added.get(0);
    }

    /** The candidates of a part, as the results query lists them. */
    protected List<Candidate> candidatesOf(Part part) {
        return store.results().countVotes(part).stream().map(CandidateVotes::candidate).toList();
    }

    protected Set<CandidateId> idsOf(Part part) {
        return candidatesOf(part).stream().map(Candidate::id).collect(Collectors.toSet());
    }

    /** Votes per candidate of a part, as the results query counts them. */
    protected Map<CandidateId, Long> votesIn(Part part) {
        return store.results().countVotes(part).stream()
                .collect(Collectors.toMap(cv -> cv.candidate().id(), CandidateVotes::votes));
    }

    protected long votesFor(Candidate candidate) {
        Long votes = votesIn(candidate.part()).get(candidate.id());
        assertThat(votes).as("candidate %s in the results of %s", candidate.id(), candidate.part()).isNotNull();
        return votes;
    }

    // ---- running calls at once -------------------------------------------------------------

    /** How one call ended: with a value, or with the exception it threw. */
    protected record Outcome<T>(T value, Exception failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    /** Runs {@code task} on {@code threads} threads released at the same moment. */
    protected static <T> List<Outcome<T>> atOnce(int threads, Callable<T> task) {
        List<Callable<T>> tasks = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            tasks.add(task);
        }
        return atOnce(threads, tasks);
    }

    /**
     * Runs every task on {@code threads} threads that start together and take the tasks in order;
     * returns the outcomes in the order of the tasks.
     */
    @SuppressWarnings("unchecked")
    protected static <T> List<Outcome<T>> atOnce(int threads, List<? extends Callable<T>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Outcome<T>[] outcomes = new Outcome[tasks.size()];
            AtomicInteger next = new AtomicInteger();
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                        try {
                            outcomes[i] = new Outcome<>(tasks.get(i).call(), null);
                        } catch (Exception e) {
                            outcomes[i] = new Outcome<>(null, e);
                        }
                    }
                    return null;
                }));
            }
            ready.await();
            go.countDown();
            for (Future<?> worker : workers) {
                // a bound, not a measurement: a deadlocked store fails here instead of hanging the build
                worker.get(5, TimeUnit.MINUTES);
            }
            return Arrays.asList(outcomes);
        } catch (Exception e) {
            throw new AssertionError("concurrent calls did not complete", e);
        } finally {
            pool.shutdownNow();
        }
    }

    protected static <T> List<Outcome<T>> successes(List<Outcome<T>> outcomes) {
        return outcomes.stream().filter(Outcome::succeeded).toList();
    }

    protected static <T> List<Exception> failures(List<Outcome<T>> outcomes) {
        return outcomes.stream().filter(o -> !o.succeeded()).map(Outcome::failure).toList();
    }
}
