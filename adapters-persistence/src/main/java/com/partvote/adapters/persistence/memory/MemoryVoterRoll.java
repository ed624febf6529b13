package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.VoterRollPort;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.RollEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The voter roll in memory; one monitor makes an upload all or nothing to its readers. */
class MemoryVoterRoll implements VoterRollPort {

    private final Map<String, RollEntry> entries = new TreeMap<>(); // guarded by this

    @Override
    public synchronized RollCounts upsert(List<RollEntry> upload, Instant now) {
        int added = 0;
        int updated = 0;
        for (RollEntry e : upload) {
            RollEntry before = entries.put(e.email().value(), e);
            if (before == null) {
                added++;
            } else if (!before.equals(e)) {
                updated++;
            }
        }
        return new RollCounts(added, updated, upload.size() - added - updated);
    }

    @Override
    public synchronized Optional<RollEntry> findEntry(Email email) {
        return Optional.ofNullable(entries.get(email.value()));
    }

    @Override
    public synchronized List<RollEntry> entries() {
        return List.copyOf(entries.values());
    }

    @Override
    public synchronized boolean remove(Email email) {
        return entries.remove(email.value()) != null;
    }
}
