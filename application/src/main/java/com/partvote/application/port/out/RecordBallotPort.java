package com.partvote.application.port.out;

import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.Election;
import com.partvote.domain.member.MemberId;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps every voter's ballot sheet and the counts they add up to, exact under any number of
 * concurrent writers. Each call is one atomic change, and the store itself enforces, against
 * changes made at the same moment: the election's window (by the store's own clock as it records
 * the change, and against a close that happens concurrently), once per choice, the election's
 * {@code MAX_CHOICES}, that a choice belongs to the election, and (where it knows which member
 * each candidate is) that nobody holds their own candidate.
 *
 * <p>Where the ballot log is on, every accepted change also appends, in the same atomic step, one
 * pending change to the election's log ({@link BallotLogPort}): the sheet's choices after the
 * change (none, for a withdrawal) under the voter's tracker. A change is never acknowledged without
 * it, and a refused change appends nothing; withdrawing a sheet that holds nothing changes nothing.
 *
 * <p>Refusals are {@link com.partvote.domain.ballot.BallotRefusedException}s with the rule's
 * code ({@code ELECTION_NOT_OPEN}, {@code DUPLICATE_VOTE}, {@code TOO_MANY_CHOICES},
 * {@code SELF_VOTE}); an unknown choice is a {@link com.partvote.domain.choice.ChoiceNotFoundException};
 * a voter who is no member is {@code AuthenticationFailedException(TOKEN_INVALID)}.
 */
public interface RecordBallotPort {

    /**
     * Adds one choice to the voter's sheet (creating it). Atomic on its own: a caller need not
     * wrap it in a transaction.
     */
    BallotSheet addChoice(Election election, MemberId voter, ChoiceId choice);

    /** Replaces the voter's sheet with exactly these choices; an empty set withdraws it. */
    BallotSheet replaceSheet(Election election, MemberId voter, Set<ChoiceId> choices);

    /** Withdraws the voter's sheet; returns what it held, if anything. */
    Optional<BallotSheet> withdrawSheet(Election election, MemberId voter);
}
