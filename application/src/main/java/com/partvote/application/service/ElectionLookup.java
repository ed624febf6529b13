package com.partvote.application.service;

import com.partvote.application.auth.AccessPolicy;
import com.partvote.application.auth.AuthenticationFailedException.Reason;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.LoadVoterPort;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.ElectionNotFoundException;
import com.partvote.domain.election.Stage;
import com.partvote.domain.election.rule.Voter;
import com.partvote.domain.member.MemberId;
import java.util.Optional;

/**
 * What every election use case looks up first: the election a caller names, if they may see it
 * (a draft is its organisers' alone, so to everyone else it does not exist), and the voter
 * behind a member id.
 */
public final class ElectionLookup {

    private final LoadElectionPort elections;
    private final LoadVoterPort voters;
    private final AccessPolicy organisers;

    public ElectionLookup(LoadElectionPort elections, LoadVoterPort voters) {
        this(elections, voters, null);
    }

    /** With {@code organisers}, admins see drafts and embargoed standings. */
    public ElectionLookup(LoadElectionPort elections, LoadVoterPort voters, AccessPolicy organisers) {
        this.elections = elections;
        this.voters = voters;
        this.organisers = organisers;
    }

    public boolean isOrganiser(Optional<MemberId> viewer) {
        return organisers != null && viewer.isPresent() && organisers.isOrganiser(viewer);
    }

    /** The election as this viewer may see it: drafts only for organisers. */
    public Election visible(ElectionRef ref, boolean organiser) {
        Election election = find(ref);
        if (election == null || !organiser && !isVisible(election)) {
            throw new ElectionNotFoundException(describe(ref));
        }
        return election;
    }

    private Election find(ElectionRef ref) {
        return ref instanceof ElectionRef.ById byId
                ? elections.findElection(byId.id()).orElse(null)
                : elections.findElectionBySlug(((ElectionRef.BySlug) ref).slug()).orElse(null);
    }

    public Election visible(ElectionRef ref) {
        return visible(ref, false);
    }

    public Election visible(ElectionId id) {
        return visible(ElectionRef.of(id));
    }

    public static boolean isVisible(Election election) {
        return election.stage() != Stage.DRAFT;
    }

    /** The member as the rules see them; a token naming no member is a token that must not work. */
    public Voter voter(MemberId member) {
        return voters.findVoter(member)
                .orElseThrow(() -> new AuthenticationFailedException(Reason.TOKEN_INVALID));
    }

    private static String describe(ElectionRef ref) {
        return ref instanceof ElectionRef.ById byId ? byId.id().toString() : ((ElectionRef.BySlug) ref).slug().value();
    }
}
