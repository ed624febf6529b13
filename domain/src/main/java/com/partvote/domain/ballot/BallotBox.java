package com.partvote.domain.ballot;

import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.rule.MaxChoices;
import com.partvote.domain.member.MemberId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Every voter's current sheet, and the counts they add up to, kept exact as sheets grow, change
 * and are withdrawn. Not thread-safe: a store that keeps ballots in memory guards it; a database
 * store keeps the same rules with constraints and row locks instead.
 */
public final class BallotBox {

    private record Key(ElectionId election, MemberId voter) {
    }

    private final Map<Key, BallotSheet> sheets = new HashMap<>();
    private final Map<ChoiceId, Long> votes = new HashMap<>();
    private final Map<ElectionId, Long> ballots = new HashMap<>();
    private final Map<ElectionId, Long> voters = new HashMap<>();

    public Optional<BallotSheet> sheet(ElectionId election, MemberId voter) {
        return Optional.ofNullable(sheets.get(new Key(election, voter)));
    }

    /** Adds one choice to the voter's sheet: once per choice, and at most {@code max} on the sheet. */
    public BallotSheet add(ElectionId election, MemberId voter, ChoiceId choice, OptionalInt max, Instant at) {
        BallotSheet current = sheet(election, voter).orElse(BallotSheet.empty(election, voter, at));
        BallotSheet next = current.with(choice, at);
        if (max.isPresent() && next.size() > max.getAsInt()) {
            throw new BallotRefusedException(MaxChoices.refusal(max.getAsInt()));
        }
        put(current, next);
        return next;
    }

    /** Replaces the voter's sheet; an empty list withdraws it. */
    public BallotSheet replace(ElectionId election, MemberId voter, Collection<ChoiceId> choices, OptionalInt max,
                               Instant at) {
        if (max.isPresent() && choices.size() > max.getAsInt()) {
            throw new BallotRefusedException(MaxChoices.refusal(max.getAsInt()));
        }
        BallotSheet current = sheet(election, voter).orElse(BallotSheet.empty(election, voter, at));
        BallotSheet next = current.replacedBy(choices, at);
        put(current, next);
        return next;
    }

    /** Withdraws the voter's sheet; returns what it held. */
    public Optional<BallotSheet> withdraw(ElectionId election, MemberId voter, Instant at) {
        Optional<BallotSheet> current = sheet(election, voter);
        current.ifPresent(sheet -> put(sheet, BallotSheet.empty(election, voter, at)));
        return current;
    }

    /** The members who hold a sheet in the election, by id. */
    public List<MemberId> votersOf(ElectionId election) {
        return sheets.keySet().stream().filter(k -> k.election().equals(election)).map(Key::voter)
                .sorted(java.util.Comparator.comparingLong(MemberId::value)).toList();
    }

    public long votesFor(ChoiceId choice) {
        return votes.getOrDefault(choice, 0L);
    }

    /** How many choices are held on all sheets of the election. */
    public long ballots(ElectionId election) {
        return ballots.getOrDefault(election, 0L);
    }

    /** How many voters hold a non-empty sheet in the election. */
    public long voters(ElectionId election) {
        return voters.getOrDefault(election, 0L);
    }

    private void put(BallotSheet before, BallotSheet after) {
        ElectionId election = after.election();
        for (ChoiceId gone : before.choices()) {
            if (!after.holds(gone)) {
                votes.merge(gone, -1L, Long::sum);
            }
        }
        for (ChoiceId added : after.choices()) {
            if (!before.holds(added)) {
                votes.merge(added, 1L, Long::sum);
            }
        }
        ballots.merge(election, (long) after.size() - before.size(), Long::sum);
        voters.merge(election, (after.isEmpty() ? 0L : 1L) - (before.isEmpty() ? 0L : 1L), Long::sum);
        Key key = new Key(election, after.voter());
        if (after.isEmpty()) {
            sheets.remove(key);
        } else {
            sheets.put(key, after);
        }
    }
}
