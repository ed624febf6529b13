package com.partvote.application.port.in;

/** Housekeeping: forgets sessions and deny-list entries that can no longer matter. */
public interface PurgeExpiredUseCase {

    Purged purgeExpired();

    record Purged(int sessions, int denials) {
    }
}
