package com.partvote.application.port.in;

import com.partvote.application.port.in.ViewStandingsUseCase.ElectionStandings;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.ElectionState;
import com.partvote.domain.member.MemberId;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Watching an election's standings live: the current standings at once, then the latest ones
 * whenever they change. A viewer from whom the election hides its results is told that they are
 * embargoed, and gets the standings the moment they are published. Unknown elections and, to
 * all but organisers, drafts are ELECTION_NOT_FOUND, as for the standings themselves.
 */
public interface WatchStandingsUseCase {

    /**
     * Starts watching. {@code lastEventId} is the version the viewer saw last (a reconnecting
     * client's {@code Last-Event-ID}): if it is still current, no initial event is sent.
     */
    Subscription watch(ElectionRef election, Optional<MemberId> viewer, Optional<String> lastEventId, Watcher watcher);

    /** Where a watcher's frames go: written by a {@code LiveEventFormat}, one send at a time per watcher. */
    interface Watcher {

        /** Sends one frame; a failure means the watcher is gone, and it is dropped. */
        void send(String frame) throws IOException;

        /** The server stops watching for this watcher (shutting down, or its sends failed). */
        void end();
    }

    /** A watcher's place among the watchers; closing it is idempotent. */
    interface Subscription extends AutoCloseable {

        /** Whether {@code lastEventId} was current, so that no initial event was sent. */
        boolean resumed();

        @Override
        void close();
    }

    /** What a watcher is shown: the latest state, never a delta. */
    sealed interface LiveEvent permits StandingsEvent, EmbargoedEvent {

        /**
         * A digest of the content (not of when it was read), so that every instance names the same
         * content with the same version and a client resuming on another instance is not sent it again.
         */
        String version();
    }

    record StandingsEvent(String version, ElectionStandings standings) implements LiveEvent {
        public StandingsEvent {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(standings, "standings");
        }
    }

    /** The results are hidden from this viewer: only the election's state and when it closes. */
    record EmbargoedEvent(String version, ElectionId election, ElectionState state, Optional<Instant> closesAt)
            implements LiveEvent {
        public EmbargoedEvent {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(election, "election");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(closesAt, "closesAt");
        }
    }
}
