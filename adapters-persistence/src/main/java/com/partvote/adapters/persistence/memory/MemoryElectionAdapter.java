package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.ClubTeamsPort;
import com.partvote.application.port.out.LoadChoicePort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.ElectionNotFoundException;
import com.partvote.domain.election.ElectionSpec;
import com.partvote.domain.election.Slug;
import com.partvote.domain.election.SlugTakenException;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Team;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Elections, choices and teams in memory. Writers take this object's lock, so each write is one
 * step; readers see immutable values in concurrent maps without locking. Nothing is removed.
 */
class MemoryElectionAdapter implements LoadElectionPort, SaveElectionPort, LoadChoicePort, ClubTeamsPort {

    private final Clock clock;
    private final Map<ElectionId, Election> elections = new ConcurrentSkipListMap<>(Comparator.comparingLong(ElectionId::value));
    private final Map<ChoiceId, Choice> choices = new ConcurrentSkipListMap<>(Comparator.comparingLong(ChoiceId::value));
    private final Map<String, ChoiceId> choiceKeys = new HashMap<>(); // guarded by this
    private final Set<ElectionId> managedByAdmin = ConcurrentHashMap.newKeySet();
    private final TreeSet<String> teams = new TreeSet<>(); // guarded by this
    private long lastElection; // guarded by this
    private long lastChoice; // guarded by this

    MemoryElectionAdapter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Election> findElection(ElectionId id) {
        return Optional.ofNullable(elections.get(id));
    }

    @Override
    public Optional<Election> findElectionBySlug(Slug slug) {
        return elections.values().stream().filter(e -> e.slug().equals(slug)).findFirst();
    }

    @Override
    public Optional<Election> findElectionForPart(Part part) {
        return elections.values().stream().filter(e -> e.part() == part).findFirst();
    }

    @Override
    public List<Election> allElections() {
        return List.copyOf(elections.values());
    }

    @Override
    public synchronized Election saveElection(ElectionSpec spec, Instant now) {
        Optional<Election> existing = findElectionBySlug(spec.slug());
        if (spec.part() != null) {
            findElectionForPart(spec.part()).filter(e -> !e.slug().equals(spec.slug())).ifPresent(e -> {
                throw new InvalidValueException("part", "taken", "another election is already the election of part " + spec.part());
            });
        }
        if (existing.isPresent() && managedByAdmin.contains(existing.get().id())) {
            return existing.get();
        }
        Election saved = spec.withId(existing.map(Election::id).orElseGet(() -> new ElectionId(++lastElection)));
        elections.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized Election createElection(ElectionSpec spec, Instant now) {
        if (findElectionBySlug(spec.slug()).isPresent()) {
            throw new SlugTakenException(spec.slug());
        }
        Election created = saveElection(spec, now);
        managedByAdmin.add(created.id());
        return created;
    }

    @Override
    public synchronized Optional<Election> lockElection(ElectionId id) {
        // every write here holds this adapter's monitor; the caller's decision is taken on the latest state
        return Optional.ofNullable(elections.get(id));
    }

    @Override
    public synchronized Election updateElection(Election election, Instant now) {
        Election current = elections.get(election.id());
        if (current == null) {
            throw new ElectionNotFoundException(election.id().toString());
        }
        Election updated = new Election(current.id(), current.slug(), election.title(), current.kind(), election.stage(),
                election.window(), election.results(), election.rules(), current.part());
        elections.put(updated.id(), updated);
        managedByAdmin.add(updated.id());
        return updated;
    }

    @Override
    public synchronized UpsertCounts upsertChoices(ElectionId election, Map<String, ChoiceProfile> profilesByKey, Instant now) {
        if (managedByAdmin.contains(election)) {
            return new UpsertCounts(0, 0, profilesByKey.size());
        }
        return writeChoices(election, profilesByKey, now);
    }

    @Override
    public synchronized UpsertCounts replaceChoices(ElectionId election, Map<String, ChoiceProfile> profilesByKey, Instant now) {
        UpsertCounts counts = writeChoices(election, profilesByKey, now);
        String prefix = election.value() + "/";
        choiceKeys.entrySet().removeIf(k -> {
            boolean gone = k.getKey().startsWith(prefix) && !profilesByKey.containsKey(k.getKey().substring(prefix.length()));
            if (gone) {
                choices.remove(k.getValue());
            }
            return gone;
        });
        return counts;
    }

    private UpsertCounts writeChoices(ElectionId election, Map<String, ChoiceProfile> profilesByKey, Instant now) {
        int inserted = 0;
        int updated = 0;
        for (Map.Entry<String, ChoiceProfile> entry : profilesByKey.entrySet()) {
            ChoiceProfile profile = entry.getValue();
            String key = election.value() + "/" + entry.getKey();
            ChoiceId id = choiceKeys.get(key);
            if (id == null) {
                id = new ChoiceId(++lastChoice);
                choiceKeys.put(key, id);
                choices.put(id, new Choice(id, election, profile, null, now, now));
                inserted++;
                continue;
            }
            Choice current = choices.get(id);
            if (!current.profile().equals(profile)) {
                // the link stays while the declared email does (CandidateLinks makes the new ones)
                MemberId member = current.profile().declaredMemberEmail().equals(profile.declaredMemberEmail())
                        ? current.memberId() : null;
                choices.put(id, new Choice(id, election, profile, member, current.createdAt(), now));
                updated++;
            }
        }
        return new UpsertCounts(inserted, updated, profilesByKey.size() - inserted - updated);
    }

    @Override
    public synchronized int linkChoicesTo(Email email, MemberId member) {
        int linked = 0;
        Instant now = clock.instant();
        for (Choice c : choices.values()) {
            if (c.profile().declaredMemberEmail().filter(email::equals).isPresent() && !member.equals(c.memberId())) {
                choices.put(c.id(), new Choice(c.id(), c.election(), c.profile(), member, c.createdAt(), now));
                linked++;
            }
        }
        return linked;
    }

    @Override
    public Optional<Choice> findChoice(ChoiceId id) {
        return Optional.ofNullable(choices.get(id));
    }

    @Override
    public List<Choice> choicesOf(ElectionId election) {
        return choices.values().stream().filter(c -> c.election().equals(election)).toList();
    }

    @Override
    public synchronized void saveTeams(Collection<Team> added) {
        added.forEach(t -> teams.add(t.name()));
    }

    @Override
    public synchronized List<Team> teams() {
        return teams.stream().map(Team::new).toList();
    }
}
