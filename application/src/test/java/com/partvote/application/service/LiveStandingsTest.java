package com.partvote.application.service;

import static com.partvote.domain.fixtures.ChoiceBuilder.aChoice;
import static com.partvote.domain.fixtures.ElectionBuilder.anElection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.partvote.application.auth.AccessPolicy;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.WatchStandingsUseCase.EmbargoedEvent;
import com.partvote.application.port.in.WatchStandingsUseCase.LiveEvent;
import com.partvote.application.port.in.WatchStandingsUseCase.StandingsEvent;
import com.partvote.application.port.in.WatchStandingsUseCase.Subscription;
import com.partvote.application.port.in.WatchStandingsUseCase.Watcher;
import com.partvote.application.port.out.LiveEventFormat;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.LoadVoterPort;
import com.partvote.application.port.out.MemberAccessPort;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.ElectionNotFoundException;
import com.partvote.domain.election.ElectionState;
import com.partvote.domain.election.Stage;
import com.partvote.domain.fixtures.MovableClock;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.MemberName;
import com.partvote.domain.member.Role;
import com.partvote.domain.tally.ChoiceVotes;
import com.partvote.domain.tally.Standing;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/**
 * The live standings with fakes: the clock moves only when a test moves it, and frames are sent
 * on the calling thread, so every tick's effect is visible when it returns.
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class LiveStandingsTest {

    private static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");
    private static final MemberId ADMIN = new MemberId(7);
    private static final MemberId MEMBER = new MemberId(8);
    private static final Duration POLL = Duration.ofSeconds(5);
    private static final Duration RECHECK = Duration.ofSeconds(1);

    @Mock LoadElectionPort elections;
    @Mock LoadVoterPort voters;
    @Mock MemberAccessPort access;

    private final MovableClock clock = new MovableClock(NOW);
    private final FakeTally tally = new FakeTally();
    private final FakeFormat format = new FakeFormat();
    private final Map<ElectionId, AtomicReference<Election>> stored = new ConcurrentHashMap<>();
    private LiveStandings live;

    @BeforeEach
    void wire() {
        when(access.findAccess(ADMIN)).thenReturn(Optional.of(new MemberAccess(ADMIN, new MemberName("관리자"),
                new Email("chief@club.example"), Role.ADMIN, false, null)));
        when(access.findAccess(MEMBER)).thenReturn(Optional.of(new MemberAccess(MEMBER, new MemberName("회원"),
                new Email("member@club.example"), Role.MEMBER, false, null)));
        live = newInstance();
    }

    private LiveStandings newInstance() {
        ElectionLookup lookup = new ElectionLookup(elections, voters, new AccessPolicy(access, Set.of()));
        return new LiveStandings(lookup, tally, format, Runnable::run, clock, new LiveStandings.Settings(POLL, RECHECK));
    }

    private Election store(Election election) {
        stored.computeIfAbsent(election.id(), id -> {
            AtomicReference<Election> ref = new AtomicReference<>();
            when(elections.findElection(id)).thenAnswer(i -> Optional.of(ref.get()));
            return ref;
        }).set(election);
        return election;
    }

    private Choice choiceOf(Election election, String name) {
        Choice c = aChoice().in(election.id()).named(name).build();
        tally.add(c, 0);
        return c;
    }

    private static ElectionRef ref(Election e) {
        return ElectionRef.of(e.id());
    }

    // ---- the first event -------------------------------------------------------------------

    @Test
    void aWatcherIsSentTheCurrentStandingsAtOnce() {
        Election e = store(anElection().build());
        Choice a = choiceOf(e, "가");
        tally.add(a, 2);
        RecordingWatcher w = new RecordingWatcher();

        Subscription s = live.watch(ref(e), Optional.empty(), Optional.empty(), w);

        assertThat(s.resumed()).isFalse();
        assertThat(w.events(format)).singleElement().isInstanceOfSatisfying(StandingsEvent.class, ev -> {
            assertThat(ev.standings().state()).isEqualTo(ElectionState.OPEN);
            assertThat(ev.standings().standings()).extracting(Standing::votes).containsExactly(2L);
        });
        assertThat(live.watchers()).isEqualTo(1);
    }

    @Test
    void aLastEventIdThatIsStillCurrentSendsNothingAtFirstAndAStaleOneTheCurrentState() {
        Election e = store(anElection().build());
        Choice a = choiceOf(e, "가");
        RecordingWatcher first = new RecordingWatcher();
        live.watch(ref(e), Optional.empty(), Optional.empty(), first);
        String seen = first.events(format).get(0).version();

        RecordingWatcher resumed = new RecordingWatcher();
        assertThat(live.watch(ref(e), Optional.empty(), Optional.of(seen), resumed).resumed()).isTrue();
        assertThat(resumed.frames).isEmpty();

        tally.add(a, 1);
        live.changed(e.id());
        live.tick();
        RecordingWatcher behind = new RecordingWatcher();
        assertThat(live.watch(ref(e), Optional.empty(), Optional.of(seen), behind).resumed()).isFalse();
        assertThat(behind.events(format)).singleElement().extracting(LiveEvent::version).isNotEqualTo(seen);
        assertThat(resumed.events(format)).as("the resumed watcher gets the change too").hasSize(1);
    }

    @Test
    void theVersionNamesTheContentSoEveryInstanceGivesTheSameOne() {
        Election e = store(anElection().build());
        tally.add(choiceOf(e, "가"), 3);
        RecordingWatcher here = new RecordingWatcher();
        RecordingWatcher there = new RecordingWatcher();
        live.watch(ref(e), Optional.empty(), Optional.empty(), here);
        clock.advance(Duration.ofMillis(700)); // read later, by another instance
        newInstance().watch(ref(e), Optional.empty(), Optional.empty(), there);

        assertThat(there.events(format).get(0).version()).isEqualTo(here.events(format).get(0).version());
        assertThat(((StandingsEvent) there.events(format).get(0)).standings().at()).isEqualTo(NOW.plusMillis(700));
    }

    @Test
    void anUnknownElectionIsNotFoundAndADraftOnlyForOrganisers() {
        assertThatThrownBy(() -> live.watch(ElectionRef.of(new ElectionId(999_999)), Optional.empty(), Optional.empty(),
                new RecordingWatcher())).isInstanceOf(ElectionNotFoundException.class);
        Election draft = store(anElection().inStage(Stage.DRAFT).build());

        assertThatThrownBy(() -> live.watch(ref(draft), Optional.of(MEMBER), Optional.empty(), new RecordingWatcher()))
                .isInstanceOf(ElectionNotFoundException.class);
        RecordingWatcher admin = new RecordingWatcher();
        live.watch(ref(draft), Optional.of(ADMIN), Optional.empty(), admin);
        assertThat(admin.events(format)).singleElement().isInstanceOf(StandingsEvent.class);
    }

    // ---- changes ---------------------------------------------------------------------------

    @Test
    void aBurstOfChangesIsOneReadAndOneEventPerTickWithTheLastState() {
        Election e = store(anElection().build());
        Choice a = choiceOf(e, "가");
        List<RecordingWatcher> watchers = List.of(new RecordingWatcher(), new RecordingWatcher(), new RecordingWatcher());
        watchers.forEach(w -> live.watch(ref(e), Optional.empty(), Optional.empty(), w));
        int readsBefore = tally.reads.get();
        int framesBefore = format.written.get();

        for (int i = 0; i < 100; i++) { // a hundred votes within one tick
            tally.add(a, 1);
            live.changed(e.id());
            clock.advance(Duration.ofMillis(2));
        }
        live.tick();
        live.tick(); // nothing new since the last one

        assertThat(tally.reads.get() - readsBefore).as("one standings query for the tick").isEqualTo(1);
        assertThat(format.written.get() - framesBefore).as("written once for all three watchers").isEqualTo(1);
        for (RecordingWatcher w : watchers) {
            List<LiveEvent> events = w.events(format);
            assertThat(events).hasSize(2);
            assertThat(((StandingsEvent) events.get(1)).standings().standings()).extracting(Standing::votes)
                    .containsExactly(100L);
        }
        assertThat(watchers.get(0).frames.get(1)).isSameAs(watchers.get(2).frames.get(1));
    }

    @Test
    void anAnnouncementWithoutAChangeSendsNothing() {
        Election e = store(anElection().build());
        choiceOf(e, "가");
        RecordingWatcher w = new RecordingWatcher();
        live.watch(ref(e), Optional.empty(), Optional.empty(), w);

        live.changed(e.id());
        live.tick();

        assertThat(w.frames).hasSize(1);
    }

    @Test
    void aWatchedElectionIsReadAgainWithoutAnnouncementEveryPoll() {
        Election e = store(anElection().build());
        Choice a = choiceOf(e, "가");
        RecordingWatcher w = new RecordingWatcher();
        live.watch(ref(e), Optional.empty(), Optional.empty(), w);
        tally.add(a, 1); // a change whose announcement was lost

        live.tick();
        assertThat(w.frames).hasSize(1);
        clock.advance(POLL);
        live.tick();

        assertThat(w.frames).hasSize(2);
    }

    @Test
    void lostAnnouncementsMarkEveryWatchedElection() {
        Election one = store(anElection().build());
        Election two = store(anElection().build());
        Choice a = choiceOf(one, "가");
        Choice b = choiceOf(two, "나");
        RecordingWatcher w1 = new RecordingWatcher();
        RecordingWatcher w2 = new RecordingWatcher();
        live.watch(ref(one), Optional.empty(), Optional.empty(), w1);
        live.watch(ref(two), Optional.empty(), Optional.empty(), w2);
        tally.add(a, 1);
        tally.add(b, 1);

        live.lost(); // the channel reconnected
        live.tick();

        assertThat(w1.frames).hasSize(2);
        assertThat(w2.frames).hasSize(2);
    }

    @Test
    void anAnnouncedElectionIsReadOnceMoreAMomentLaterForAStaleSnapshot() {
        Election closed = store(anElection().closingAt(NOW.minusSeconds(60)).resultsAfterClose().build());
        choiceOf(closed, "가");
        RecordingWatcher w = new RecordingWatcher();
        live.watch(ref(closed), Optional.empty(), Optional.empty(), w);

        live.changed(closed.id()); // published on another instance; this one's snapshot is still the old one
        live.tick();
        store(closed.publish(NOW));
        clock.advance(RECHECK);
        live.tick();

        assertThat(w.events(format)).hasSize(2).last().isInstanceOf(StandingsEvent.class);
    }

    // ---- the embargo -----------------------------------------------------------------------

    @Test
    void anEmbargoedElectionShowsMembersNoCountsAndOrganisersTheStandings() {
        Election e = store(anElection().closingAt(NOW.plusSeconds(3600)).resultsAfterClose().build());
        Choice a = choiceOf(e, "가");
        tally.add(a, 4);
        RecordingWatcher anonymous = new RecordingWatcher();
        RecordingWatcher member = new RecordingWatcher();
        RecordingWatcher admin = new RecordingWatcher();
        live.watch(ref(e), Optional.empty(), Optional.empty(), anonymous);
        live.watch(ref(e), Optional.of(MEMBER), Optional.empty(), member);
        live.watch(ref(e), Optional.of(ADMIN), Optional.empty(), admin);

        tally.add(a, 1);
        live.changed(e.id());
        live.tick();

        assertThat(anonymous.events(format)).singleElement().isInstanceOfSatisfying(EmbargoedEvent.class, ev -> {
            assertThat(ev.state()).isEqualTo(ElectionState.OPEN);
            assertThat(ev.closesAt()).contains(NOW.plusSeconds(3600));
        });
        assertThat(member.frames).isEqualTo(anonymous.frames);
        assertThat(admin.events(format)).hasSize(2).allMatch(StandingsEvent.class::isInstance);
        assertThat(((StandingsEvent) admin.events(format).get(1)).standings().standings()).extracting(Standing::votes)
                .containsExactly(5L);
    }

    @Test
    void publicationSwitchesEmbargoedWatchersToTheStandings() {
        Election e = store(anElection().closingAt(NOW.plusSeconds(10)).resultsAfterClose().build());
        tally.add(choiceOf(e, "가"), 2);
        RecordingWatcher w = new RecordingWatcher();
        live.watch(ref(e), Optional.empty(), Optional.empty(), w);

        clock.advance(Duration.ofSeconds(11)); // the clock closes it: a new state, still embargoed
        live.tick();
        store(e.publish(clock.instant()));
        live.changed(e.id());
        live.tick();

        List<LiveEvent> events = w.events(format);
        assertThat(events).hasSize(3);
        assertThat(((EmbargoedEvent) events.get(0)).state()).isEqualTo(ElectionState.OPEN);
        assertThat(((EmbargoedEvent) events.get(1)).state()).isEqualTo(ElectionState.CLOSED);
        assertThat(events.get(2)).isInstanceOfSatisfying(StandingsEvent.class, ev -> {
            assertThat(ev.standings().state()).isEqualTo(ElectionState.PUBLISHED);
            assertThat(ev.standings().standings()).extracting(Standing::votes).containsExactly(2L);
        });
    }

    @Test
    void whenMembersSeeTheStandingsOrganisersAndMembersShareOneFrame() {
        Election e = store(anElection().build());
        Choice a = choiceOf(e, "가");
        RecordingWatcher member = new RecordingWatcher();
        RecordingWatcher admin = new RecordingWatcher();
        live.watch(ref(e), Optional.empty(), Optional.empty(), member);
        live.watch(ref(e), Optional.of(ADMIN), Optional.empty(), admin);
        int before = format.written.get();

        tally.add(a, 1);
        live.changed(e.id());
        live.tick();

        assertThat(format.written.get() - before).isEqualTo(1);
        assertThat(member.frames.get(1)).isSameAs(admin.frames.get(1));
    }

    // ---- leaving ---------------------------------------------------------------------------

    @Test
    void aWatcherWhoseSendFailsIsDroppedAndItsElectionNoLongerRead() {
        Election e = store(anElection().build());
        Choice a = choiceOf(e, "가");
        RecordingWatcher w = new RecordingWatcher();
        live.watch(ref(e), Optional.empty(), Optional.empty(), w);

        w.broken = true;
        live.heartbeat();

        assertThat(live.watchers()).isZero();
        assertThat(w.ended).isTrue();
        int reads = tally.reads.get();
        tally.add(a, 1);
        live.changed(e.id());
        clock.advance(POLL);
        live.tick();
        assertThat(tally.reads.get()).as("nobody watches it any more").isEqualTo(reads);
    }

    @Test
    void aClosedSubscriptionIsSentNothingMore() {
        Election e = store(anElection().build());
        Choice a = choiceOf(e, "가");
        RecordingWatcher leaving = new RecordingWatcher();
        RecordingWatcher staying = new RecordingWatcher();
        Subscription s = live.watch(ref(e), Optional.empty(), Optional.empty(), leaving);
        live.watch(ref(e), Optional.empty(), Optional.empty(), staying);

        s.close();
        s.close();
        tally.add(a, 1);
        live.changed(e.id());
        live.tick();
        live.heartbeat();

        assertThat(leaving.frames).hasSize(1);
        assertThat(staying.frames).hasSize(3).endsWith("heartbeat");
        assertThat(live.watchers()).isEqualTo(1);
    }

    @Test
    void aWatcherJoiningAfterTheLastOneLeftIsShownTheStateOfNow() {
        Election e = store(anElection().build());
        Choice a = choiceOf(e, "가");
        live.watch(ref(e), Optional.empty(), Optional.empty(), new RecordingWatcher()).close();
        tally.add(a, 1); // nobody watches: nobody reads

        RecordingWatcher later = new RecordingWatcher();
        live.watch(ref(e), Optional.empty(), Optional.empty(), later);

        assertThat(((StandingsEvent) later.events(format).get(0)).standings().standings()).extracting(Standing::votes)
                .containsExactly(1L);
    }

    @Test
    void aWatchThatCouldNotReadTheStandingsLeavesNothingBehind() {
        Election e = store(anElection().build());
        Choice a = choiceOf(e, "가");
        tally.failing = true;

        assertThatThrownBy(() -> live.watch(ref(e), Optional.empty(), Optional.empty(), new RecordingWatcher()))
                .isInstanceOf(IllegalStateException.class);
        tally.failing = false;
        tally.add(a, 1);
        live.changed(e.id());
        clock.advance(POLL);
        clearInvocations(elections);
        live.tick();

        assertThat(live.watchers()).isZero();
        verifyNoInteractions(elections); // the election is not watched: not even looked up
    }

    @Test
    void aFailedReadIsTriedAgainAtTheNextTick() {
        Election e = store(anElection().build());
        Choice a = choiceOf(e, "가");
        RecordingWatcher w = new RecordingWatcher();
        live.watch(ref(e), Optional.empty(), Optional.empty(), w);
        tally.add(a, 1);
        live.changed(e.id());
        tally.failing = true;

        assertThatThrownBy(live::tick).isInstanceOf(IllegalStateException.class);
        tally.failing = false;
        live.tick();

        assertThat(w.frames).hasSize(2);
    }

    @Test
    void stoppingEndsEveryStreamAndTakesNoNewOnesUntilStartedAgain() {
        Election e = store(anElection().build());
        choiceOf(e, "가");
        RecordingWatcher w = new RecordingWatcher();
        live.watch(ref(e), Optional.empty(), Optional.empty(), w);

        live.stop();
        RecordingWatcher late = new RecordingWatcher();
        live.watch(ref(e), Optional.empty(), Optional.empty(), late);

        assertThat(w.ended).isTrue();
        assertThat(late.ended).isTrue();
        assertThat(late.frames).isEmpty();
        assertThat(live.watchers()).isZero();

        live.start(); // the application runs again
        RecordingWatcher again = new RecordingWatcher();
        live.watch(ref(e), Optional.empty(), Optional.empty(), again);
        assertThat(again.frames).hasSize(1);
        assertThat(live.watchers()).isEqualTo(1);
    }

    // ---- fakes -----------------------------------------------------------------------------

    /** Frames that name their event, so that a test can read back what was sent. */
    static final class FakeFormat implements LiveEventFormat {
        final Map<String, LiveEvent> events = new IdentityHashMap<>();
        final AtomicInteger written = new AtomicInteger();

        @Override
        public synchronized String frame(LiveEvent event) {
            written.incrementAndGet();
            String frame = event.getClass().getSimpleName() + " " + event.version();
            events.put(frame, event);
            return frame;
        }

        @Override
        public String heartbeat() {
            return "heartbeat";
        }
    }

    static final class RecordingWatcher implements Watcher {
        final List<String> frames = new ArrayList<>();
        volatile boolean broken;
        volatile boolean ended;

        @Override
        public synchronized void send(String frame) throws IOException {
            if (broken) {
                throw new IOException("connection reset");
            }
            frames.add(frame);
        }

        @Override
        public void end() {
            ended = true;
        }

        synchronized List<LiveEvent> events(FakeFormat format) {
            return frames.stream().filter(f -> !f.equals("heartbeat")).map(format.events::get).toList();
        }
    }

    /** Counts per choice, as the tally tables hold them, and how often they were read. */
    static final class FakeTally implements StandingsQueryPort {
        private final Map<Choice, Long> votes = new ConcurrentHashMap<>();
        final AtomicInteger reads = new AtomicInteger();
        volatile boolean failing;

        void add(Choice choice, long n) {
            votes.merge(choice, n, Long::sum);
        }

        @Override
        public List<ChoiceVotes> countVotes(ElectionId election) {
            if (failing) {
                throw new IllegalStateException("the database is down");
            }
            reads.incrementAndGet();
            return votes.entrySet().stream().filter(v -> v.getKey().election().equals(election))
                    .map(v -> new ChoiceVotes(v.getKey(), v.getValue())).toList();
        }

        @Override
        public Turnout turnout(ElectionId election) {
            long ballots = votes.entrySet().stream().filter(v -> v.getKey().election().equals(election))
                    .mapToLong(Map.Entry::getValue).sum();
            return new Turnout(ballots, ballots);
        }

        @Override
        public List<MemberId> votersOf(ElectionId election) {
            return List.of();
        }
    }
}
