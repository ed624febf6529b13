package com.partvote.domain.election.rule;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.choice.Choice;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * {@code MAX_CHOICES(n)}: a sheet holds at most {@code n} choices. A store records additions one
 * at a time, so it also enforces {@link #limit()} atomically when a choice is added.
 */
public record MaxChoices(int limit) implements BallotRule {

    public static final String CODE = "MAX_CHOICES";
    public static final String REFUSAL = "TOO_MANY_CHOICES";
    public static final int MAX_LIMIT = 1000;

    public MaxChoices {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("rules", "range", "MAX_CHOICES needs a limit from 1 to " + MAX_LIMIT);
        }
    }

    @Override
    public String spec() {
        return CODE + "(" + limit + ")";
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Optional<Rejection> admitSheet(Voter voter, Collection<Choice> sheet) {
        return sheet.size() > limit ? Optional.of(refusal(limit)) : Optional.empty();
    }

    public static Rejection refusal(int limit) {
        return new Rejection(REFUSAL, CODE, "a ballot holds at most " + limit + " choices", Map.of("max_choices", limit));
    }
}
