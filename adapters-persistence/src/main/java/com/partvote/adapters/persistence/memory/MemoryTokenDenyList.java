package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.TokenDenyListPort;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The deny list in memory. One process is the whole store here, so an entry is seen by every
 * request at once (the port's "within a second" across instances holds trivially).
 */
class MemoryTokenDenyList implements TokenDenyListPort {

    private final ConcurrentMap<UUID, Instant> denied = new ConcurrentHashMap<>();

    @Override
    public void deny(UUID id, Instant until) {
        denied.merge(id, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    @Override
    public boolean isDenied(UUID id) {
        return denied.containsKey(id);
    }

    @Override
    public int purgeExpiredDenials(Instant now) {
        int purged = 0;
        for (Map.Entry<UUID, Instant> entry : denied.entrySet()) {
            // removes only the value it judged: an entry extended meanwhile by deny() stays
            if (entry.getValue().isBefore(now) && denied.remove(entry.getKey(), entry.getValue())) {
                purged++;
            }
        }
        return purged;
    }
}
