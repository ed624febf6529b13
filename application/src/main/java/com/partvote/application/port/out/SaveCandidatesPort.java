package com.partvote.application.port.out;

import com.partvote.domain.candidate.CandidateProfile;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.MemberId;
import java.time.Instant;
import java.util.Map;

/** Registers candidates and links them to the members who are the candidates. */
public interface SaveCandidatesPort {

    /**
     * Inserts or updates each profile under its stable key; a candidate is never deleted.
     * A profile with a member email is linked to the member with that email, if one exists.
     *
     * @return how many candidates were inserted, updated and left unchanged
     */
    UpsertCounts upsertCandidates(Map<String, CandidateProfile> profilesByKey, Instant now);

    /** Links every candidate declared with this email to the member (who just signed up). */
    int linkCandidatesTo(Email email, MemberId member);

    record UpsertCounts(int inserted, int updated, int unchanged) {
    }
}
