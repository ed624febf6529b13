package com.partvote.application.service;

import com.partvote.application.auth.AccessPolicy;
import com.partvote.application.port.in.VoterRollUseCases.ListRollUseCase;
import com.partvote.application.port.in.VoterRollUseCases.RollEntryView;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.application.port.out.VoterRollPort;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.Slug;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.RollEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The roll with, per entry, whether that person registered and in which elections they have voted. */
public class ListRollService implements ListRollUseCase {

    private final AccessPolicy access;
    private final VoterRollPort roll;
    private final LoadMemberPort members;
    private final LoadElectionPort elections;
    private final StandingsQueryPort standings;

    public ListRollService(AccessPolicy access, VoterRollPort roll, LoadMemberPort members, LoadElectionPort elections,
                           StandingsQueryPort standings) {
        this.access = access;
        this.roll = roll;
        this.members = members;
        this.elections = elections;
        this.standings = standings;
    }

    @Override
    public List<RollEntryView> roll(MemberId actor) {
        access.requireAdmin(actor);
        Map<Slug, Set<MemberId>> votersBy = elections.allElections().stream().collect(Collectors.toMap(Election::slug,
                e -> new HashSet<>(standings.votersOf(e.id())), (a, b) -> a, java.util.LinkedHashMap::new));
        List<RollEntryView> views = new ArrayList<>();
        for (RollEntry entry : roll.entries()) {
            Optional<MemberId> member = members.findMemberByEmail(entry.email()).map(Member::id);
            List<Slug> votedIn = member.map(id -> votersBy.entrySet().stream().filter(v -> v.getValue().contains(id))
                    .map(Map.Entry::getKey).toList()).orElse(List.of());
            views.add(new RollEntryView(entry, member, votedIn));
        }
        return views;
    }
}
