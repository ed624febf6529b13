package com.partvote.application.port.out;

import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.ElectionSpec;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.MemberId;
import java.time.Instant;
import java.util.Map;

/** Registers elections and their choices, and links candidates to the members who are them. */
public interface SaveElectionPort {

    /**
     * Inserts the election, or updates the one with the same slug to match; returns it as stored.
     * The part of an election is unique: two elections cannot both be a part's election.
     */
    Election saveElection(ElectionSpec election, Instant now);

    /** Stores the election's new stage and window (a lifecycle step), returning it as stored. */
    Election updateElection(Election election, Instant now);

    /**
     * Inserts or updates each choice of the election under its stable key; a choice is never
     * deleted. A choice declaring a member email is linked to the member with that email, if one
     * exists.
     */
    UpsertCounts upsertChoices(ElectionId election, Map<String, ChoiceProfile> profilesByKey, Instant now);

    /** Links every choice declared with this email to the member (who just signed up). */
    int linkChoicesTo(Email email, MemberId member);

    record UpsertCounts(int inserted, int updated, int unchanged) {
    }
}
