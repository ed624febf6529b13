package com.partvote.application.service;

import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ViewStandingsUseCase.ElectionStandings;
import com.partvote.application.port.in.WatchStandingsUseCase;
import com.partvote.application.port.out.LiveEventFormat;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.application.port.out.StandingsSignalPort;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.ElectionNotFoundException;
import com.partvote.domain.election.Stage;
import com.partvote.domain.election.VotingWindow;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.tally.Standing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live standings of the elections watched on this instance.
 *
 * <p>An announced change ({@link StandingsSignalPort}, from this instance or another) only marks
 * its election; {@link #tick()}, run a few times a second, reads each marked election once (one
 * standings query, however many watch it) and, when the content's version differs from the last
 * one sent, writes the event once ({@link LiveEventFormat}) and hands the same frame to every
 * watcher who may see it. So a burst of votes costs one query and one event per election per
 * tick, and an election nobody watches is never read. Watchers are grouped by what they may see:
 * organisers always see the standings; the others see them while the election shows them and an
 * embargoed event otherwise, switching the moment it is published.
 *
 * <p>A watched election is also read again when nobody announced anything: when the clock opens
 * or closes it, every {@code poll} (a lost announcement, a change made outside the application),
 * and once {@code recheck} after an announcement (see {@link Settings}).
 *
 * <p>Frames go out through each watcher's {@link Outbox} on the {@code fanOut} executor: no
 * thread per watcher, and a slow one delays only itself.
 */
public final class LiveStandings implements WatchStandingsUseCase, StandingsSignalPort.Listener {

    /** 64 bits of a SHA-256 digest: ample to tell one state of an election from the next. */
    private static final int VERSION_BYTES = 8;

    private final ElectionLookup lookup;
    private final StandingsQueryPort standings;
    private final LiveEventFormat format;
    private final Executor fanOut;
    private final Clock clock;
    private final Settings settings;
    private final ConcurrentMap<ElectionId, Watched> watched = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    /**
     * @param poll    how often a watched election is read although nothing was announced
     * @param recheck how long after an announcement its election is read once more: elections may
     *                be read from a snapshot a moment old ({@code LoadElectionPort}), so a step taken
     *                on another instance (a publication) may show only on the second reading
     */
    public record Settings(Duration poll, Duration recheck) {
        public Settings {
            if (poll.isNegative() || poll.isZero() || recheck.isNegative() || recheck.isZero()) {
                throw new IllegalArgumentException("poll and recheck must be positive");
            }
        }
    }

    public LiveStandings(ElectionLookup lookup, StandingsQueryPort standings, LiveEventFormat format, Executor fanOut,
                         Clock clock, Settings settings) {
        this.lookup = lookup;
        this.standings = standings;
        this.format = format;
        this.fanOut = fanOut;
        this.clock = clock;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Subscription watch(ElectionRef ref, Optional<MemberId> viewer, Optional<String> lastEventId, Watcher watcher) {
        boolean organiser = lookup.isOrganiser(viewer);
        Election election = lookup.visible(ref, organiser);
        while (true) {
            Watched w = watched.computeIfAbsent(election.id(), Watched::new);
            synchronized (w) {
                if (stopped) {
                    if (w.isEmpty()) {
                        retire(w);
                    }
                    watcher.end();
                    return new Joined(false, () -> { });
                }
                if (w.retired) {
                    continue; // its last watcher left meanwhile: join a new one
                }
                View view = organiser ? w.organisers : w.members;
                Outbox outbox = new Outbox(watcher, fanOut, gone -> leave(w, view, gone));
                if (view.event == null) {
                    try {
                        recompute(w, clock.instant(), view);
                    } catch (RuntimeException e) {
                        if (w.isEmpty()) {
                            retire(w); // nobody else watches it: leave nothing behind
                        }
                        throw e;
                    }
                    if (w.retired) {
                        throw new ElectionNotFoundException(election.id().toString()); // gone meanwhile
                    }
                }
                boolean resumed = view.event != null && lastEventId.filter(view.event.version()::equals).isPresent();
                view.watchers.add(outbox);
                if (!resumed && view.frame != null) {
                    outbox.post(view.frame);
                }
                return new Joined(resumed, () -> leave(w, view, outbox));
            }
        }
    }

    @Override
    public void changed(ElectionId election) {
        Watched w = watched.get(election);
        if (w != null) {
            w.signal(clock.millis() + settings.recheck().toMillis());
        }
    }

    @Override
    public void lost() {
        long recheckAt = clock.millis() + settings.recheck().toMillis();
        watched.values().forEach(w -> w.signal(recheckAt));
    }

    /**
     * Reads every watched election that is due and sends what changed. A failure leaves that
     * election marked for the next tick and is rethrown once the others are done.
     */
    public void tick() {
        Instant now = clock.instant();
        RuntimeException failure = null;
        for (Watched w : watched.values()) {
            if (!w.due(now.toEpochMilli())) {
                continue;
            }
            try {
                synchronized (w) {
                    if (!w.retired) {
                        recompute(w, now, null);
                    }
                }
            } catch (RuntimeException e) {
                w.dirty.set(true);
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** A heartbeat to every watcher that has nothing else on its way; one whose send fails is dropped. */
    public void heartbeat() {
        String frame = format.heartbeat();
        for (Watched w : watched.values()) {
            w.organisers.watchers.forEach(o -> o.postIfIdle(frame));
            w.members.watchers.forEach(o -> o.postIfIdle(frame));
        }
    }

    /** Takes watchers again after {@link #stop()} (a stopped application context started again). */
    public void start() {
        stopped = false;
    }

    /** Ends every watcher's stream and takes no new ones until {@link #start()} (the instance is stopping). */
    public void stop() {
        stopped = true;
        for (Watched w : watched.values()) {
            synchronized (w) {
                w.retired = true;
                w.organisers.watchers.forEach(Outbox::end);
                w.members.watchers.forEach(Outbox::end);
            }
            watched.remove(w.id, w);
        }
    }

    /** How many watchers this instance serves now. */
    public int watchers() {
        return watched.values().stream().mapToInt(w -> w.organisers.watchers.size() + w.members.watchers.size()).sum();
    }

    // ---- reading and sending ---------------------------------------------------------------

    /** Reads the election once and sends each group (and the joining one) its event, if its version changed. */
    private void recompute(Watched w, Instant now, View joining) {
        Election election;
        try {
            election = lookup.visible(ElectionRef.of(w.id), true);
        } catch (ElectionNotFoundException gone) {
            retire(w);
            return;
        }
        boolean forOrganisers = w.organisers.wanted(joining);
        boolean forMembers = w.members.wanted(joining);
        boolean membersSee = election.standingsVisible(now, false);
        StandingsEvent current = forOrganisers || forMembers && membersSee ? standingsOf(election, now) : null;
        Map<LiveEvent, String> frames = new IdentityHashMap<>(); // one frame per event, shared by both groups
        if (forOrganisers) {
            publish(w.organisers, current, frames);
        }
        if (forMembers) {
            publish(w.members, membersSee ? current : embargoedOf(election, now), frames);
        }
        w.readAt(now.toEpochMilli() + settings.poll().toMillis(), nextTransition(election, now));
    }

    private void publish(View view, LiveEvent event, Map<LiveEvent, String> frames) {
        if (view.event != null && view.event.version().equals(event.version())) {
            return;
        }
        String frame = frames.computeIfAbsent(event, format::frame);
        view.event = event;
        view.frame = frame;
        view.watchers.forEach(o -> o.post(frame));
    }

    private StandingsEvent standingsOf(Election election, Instant now) {
        ElectionStandings s = ViewStandingsService.of(election, now, standings, true);
        StringBuilder content = new StringBuilder("standings|").append(election.id()).append('|').append(s.state())
                .append('|').append(s.ballots()).append('|').append(s.voters());
        for (Standing st : s.standings()) {
            String name = st.choice().name();
            content.append('|').append(st.choice().id().value()).append(':').append(st.rank()).append(':')
                    .append(st.votes()).append(':').append(name.length()).append(':').append(name);
        }
        return new StandingsEvent(version(content), s);
    }

    private static EmbargoedEvent embargoedOf(Election election, Instant now) {
        Optional<Instant> closesAt = election.windowIfSet().flatMap(VotingWindow::closes);
        StringBuilder content = new StringBuilder("embargoed|").append(election.id()).append('|')
                .append(election.state(now)).append('|').append(closesAt.map(Instant::toString).orElse("-"));
        return new EmbargoedEvent(version(content), election.id(), election.state(now), closesAt);
    }

    static String version(CharSequence content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, VERSION_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** When the clock next changes the election's state (it opens or closes), in epoch millis. */
    private static long nextTransition(Election election, Instant now) {
        if (election.stage() != Stage.SCHEDULED) {
            return Long.MAX_VALUE;
        }
        VotingWindow window = election.windowIfSet().orElseThrow();
        if (!window.hasOpened(now)) {
            return window.opensAt().toEpochMilli() + 1;
        }
        return window.closes().filter(closes -> !window.hasClosed(now)).map(closes -> closes.toEpochMilli() + 1)
                .orElse(Long.MAX_VALUE);
    }

    // ---- the registry ----------------------------------------------------------------------

    private void leave(Watched w, View view, Outbox outbox) {
        outbox.close();
        synchronized (w) {
            if (!view.watchers.remove(outbox)) {
                return;
            }
            if (view.watchers.isEmpty()) {
                view.forget(); // a later joiner must not be shown what was current when the last one left
            }
            if (w.isEmpty()) {
                w.retired = true;
                watched.remove(w.id, w);
            }
        }
    }

    private void retire(Watched w) {
        w.retired = true;
        List.of(w.organisers, w.members).forEach(view -> view.watchers.forEach(Outbox::end));
        watched.remove(w.id, w);
    }

    /** One watched election: its two groups of watchers and when it is next to be read. */
    private static final class Watched {
        final ElectionId id;
        final View organisers = new View();
        final View members = new View();
        final AtomicBoolean dirty = new AtomicBoolean();
        final AtomicLong recheckAt = new AtomicLong();
        volatile long nextPollAt;
        volatile long nextTransitionAt = Long.MAX_VALUE;
        boolean retired; // guarded by this

        Watched(ElectionId id) {
            this.id = id;
        }

        void signal(long recheck) {
            dirty.set(true);
            recheckAt.set(recheck);
        }

        boolean due(long now) {
            boolean announced = dirty.getAndSet(false);
            long recheck = recheckAt.get();
            boolean rechecking = recheck != 0 && now >= recheck && recheckAt.compareAndSet(recheck, 0);
            return announced || rechecking || now >= nextPollAt || now >= nextTransitionAt;
        }

        boolean isEmpty() {
            return organisers.watchers.isEmpty() && members.watchers.isEmpty();
        }

        void readAt(long nextPoll, long nextTransition) {
            nextPollAt = nextPoll;
            nextTransitionAt = nextTransition;
        }
    }

    /** Watchers who are shown the same thing, and the last event they were sent. */
    private static final class View {
        final List<Outbox> watchers = new CopyOnWriteArrayList<>();
        LiveEvent event; // guarded by the Watched
        String frame;

        boolean wanted(View joining) {
            return this == joining || !watchers.isEmpty();
        }

        void forget() {
            event = null;
            frame = null;
        }
    }

    private record Joined(boolean resumed, Runnable leave) implements Subscription {
        @Override
        public void close() {
            leave.run();
        }
    }
}
