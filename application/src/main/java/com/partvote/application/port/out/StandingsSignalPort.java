package com.partvote.application.port.out;

import com.partvote.domain.election.ElectionId;

/**
 * Tells every instance that an election's standings or state may have changed, so that its live
 * watchers are updated. An announcement is made after the change has committed; it names the
 * election only, the listeners read the rest themselves. Delivery is prompt (well under a second)
 * but may be coalesced, and may be lost while the channel is down: {@link Listener#lost()} says so.
 */
public interface StandingsSignalPort {

    /** Cheap and non-blocking: it runs on the vote's path, after its commit. */
    void announce(ElectionId election);

    /** The listener hears the announcements of this instance and of every other one. */
    void subscribe(Listener listener);

    interface Listener {

        void changed(ElectionId election);

        /** Announcements may have been missed (the channel was down): treat every election as changed. */
        void lost();
    }
}
