package com.partvote.application.port.out;

import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.ElectionSpec;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.MemberId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Registers elections and their choices, and links candidates to the members who are them. */
public interface SaveElectionPort {

    /**
     * The club file's way in: inserts the election, or updates the one with the same slug to match,
     * unless an admin manages it (created or changed it through the API): then it is left as it is.
     * Returns it as stored. The part of an election is unique: two elections cannot both be a part's election.
     */
    Election saveElection(ElectionSpec election, Instant now);

    /** An admin's new election, managed by admins from now on; SLUG_TAKEN when the slug exists. */
    Election createElection(ElectionSpec election, Instant now);

    /**
     * The election as stored now, its row locked until the caller's transaction ends, so that a
     * decision on its state (a step, an edit) is taken on the latest one and votes wait for it.
     */
    Optional<Election> lockElection(ElectionId id);

    /**
     * Stores an admin's change (title, stage, window, results, rules), returning it as stored; the
     * election is admin-managed from now on. Takes the row's exclusive lock first, so that a close
     * waits for the votes under way and the votes arriving meanwhile wait for it.
     */
    Election updateElection(Election election, Instant now);

    /**
     * Makes a draft's choices exactly these, by key (inserts, updates, removes the others); for
     * drafts only, which hold no ballots. Member links as {@link #upsertChoices}.
     */
    UpsertCounts replaceChoices(ElectionId election, Map<String, ChoiceProfile> profilesByKey, Instant now);

    /**
     * The club file's way in: inserts or updates each choice of the election under its stable key;
     * a choice is never deleted; an admin-managed election's choices are left as they are. A choice
     * keeps its member link while its declared email stays and loses it when the email changes; a
     * new choice has none. Which member a declared email is, the caller decides and stores with
     * {@link #linkChoicesTo} ({@code CandidateLinks}).
     */
    UpsertCounts upsertChoices(ElectionId election, Map<String, ChoiceProfile> profilesByKey, Instant now);

    /** Stores this member as the link of every choice declared with this email; how many changed. */
    int linkChoicesTo(Email email, MemberId member);

    record UpsertCounts(int inserted, int updated, int unchanged) {
    }
}
