package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.LoadCandidatePort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.SaveCandidatesPort;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Part;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Candidates in memory, keyed by the stable key of the operator's file. Writers (an import, a
 * link after sign-up) take this object's lock, so each runs as one step; readers see immutable
 * {@link Choice} values without locking. Candidates are never removed.
 */
class MemoryCandidateAdapter implements LoadCandidatePort, SaveCandidatesPort {

    private final LoadMemberPort members;
    private final Clock clock;
    private final ConcurrentMap<ChoiceId, Choice> byId = new ConcurrentHashMap<>();
    private final Map<String, ChoiceId> idsByKey = new HashMap<>(); // guarded by this
    private long lastId; // guarded by this

    MemoryCandidateAdapter(LoadMemberPort members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Override
    public Optional<Choice> findCandidate(ChoiceId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every candidate of the part, in no particular order. */
    List<Choice> candidatesOf(Part part) {
        return byId.values().stream().filter(c -> c.part() == part).toList();
    }

    @Override
    public synchronized UpsertCounts upsertCandidates(Map<String, ChoiceProfile> profilesByKey, Instant now) {
        int inserted = 0;
        int updated = 0;
        for (Map.Entry<String, ChoiceProfile> entry : profilesByKey.entrySet()) {
            ChoiceProfile profile = entry.getValue();
            // like the database adapter: the link is resolved from the declared email on every load
            MemberId member = profile.linkedEmail().flatMap(members::findMemberByEmail).map(Member::id).orElse(null);
            ChoiceId id = idsByKey.get(entry.getKey());
            if (id == null) {
                id = new ChoiceId(++lastId);
                idsByKey.put(entry.getKey(), id);
                byId.put(id, new Choice(id, profile, member, now, now));
                inserted++;
                continue;
            }
            Choice current = byId.get(id);
            if (!current.profile().equals(profile) || !Objects.equals(current.memberId(), member)) {
                byId.put(id, new Choice(id, profile, member, current.createdAt(), now));
                updated++;
            }
        }
        return new UpsertCounts(inserted, updated, profilesByKey.size() - inserted - updated);
    }

    @Override
    public synchronized int linkCandidatesTo(Email email, MemberId member) {
        int linked = 0;
        Instant now = clock.instant();
        for (Choice c : byId.values()) {
            if (c.profile().linkedEmail().filter(email::equals).isPresent() && !member.equals(c.memberId())) {
                byId.put(c.id(), new Choice(c.id(), c.profile(), member, c.createdAt(), now));
                linked++;
            }
        }
        return linked;
    }
}
