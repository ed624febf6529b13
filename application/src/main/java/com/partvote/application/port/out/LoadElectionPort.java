package com.partvote.application.port.out;

import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.Slug;
import com.partvote.domain.member.Part;
import java.util.List;
import java.util.Optional;

/** Finds elections as they are now (a store may answer from a snapshot at most a moment old). */
public interface LoadElectionPort {

    Optional<Election> findElection(ElectionId id);

    Optional<Election> findElectionBySlug(Slug slug);

    /** The election held for this part (the seed API's per-part routes show it), if any. */
    Optional<Election> findElectionForPart(Part part);

    /** Every election, by id. */
    List<Election> allElections();
}
