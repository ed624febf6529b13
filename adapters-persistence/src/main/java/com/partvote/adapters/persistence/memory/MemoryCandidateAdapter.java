package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.LoadCandidatePort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.SaveCandidatesPort;
import com.partvote.domain.candidate.Candidate;
import com.partvote.domain.candidate.CandidateId;
import com.partvote.domain.candidate.CandidateProfile;
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
 * {@link Candidate} values without locking. Candidates are never removed.
 */
class MemoryCandidateAdapter implements LoadCandidatePort, SaveCandidatesPort {

    private final LoadMemberPort members;
    private final Clock clock;
    private final ConcurrentMap<CandidateId, Candidate> byId = new ConcurrentHashMap<>();
    private final Map<String, CandidateId> idsByKey = new HashMap<>(); // guarded by this
    private long lastId; // guarded by this

    MemoryCandidateAdapter(LoadMemberPort members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Override
    public Optional<Candidate> findCandidate(CandidateId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every candidate of the part, in no particular order. */
    List<Candidate> candidatesOf(Part part) {
        return byId.values().stream().filter(c -> c.part() == part).toList();
    }

    @Override
    public synchronized UpsertCounts upsertCandidates(Map<String, CandidateProfile> profilesByKey, Instant now) {
        int inserted = 0;
        int updated = 0;
        for (Map.Entry<String, CandidateProfile> entry : profilesByKey.entrySet()) {
            CandidateProfile profile = entry.getValue();
            // like the database adapter: the link is resolved from the declared email on every load
            MemberId member = profile.linkedEmail().flatMap(members::findMemberByEmail).map(Member::id).orElse(null);
            CandidateId id = idsByKey.get(entry.getKey());
            if (id == null) {
                id = new CandidateId(++lastId);
                idsByKey.put(entry.getKey(), id);
                byId.put(id, new Candidate(id, profile, member, now, now));
                inserted++;
                continue;
            }
            Candidate current = byId.get(id);
            if (!current.profile().equals(profile) || !Objects.equals(current.memberId(), member)) {
                byId.put(id, new Candidate(id, profile, member, current.createdAt(), now));
                updated++;
            }
        }
        return new UpsertCounts(inserted, updated, profilesByKey.size() - inserted - updated);
    }

    @Override
    public synchronized int linkCandidatesTo(Email email, MemberId member) {
        int linked = 0;
        Instant now = clock.instant();
        for (Candidate c : byId.values()) {
            if (c.profile().linkedEmail().filter(email::equals).isPresent() && !member.equals(c.memberId())) {
                byId.put(c.id(), new Candidate(c.id(), c.profile(), member, c.createdAt(), now));
                linked++;
            }
        }
        return linked;
    }
}
