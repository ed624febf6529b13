package com.partvote.domain.election.rule;

import com.partvote.domain.choice.Choice;
import java.util.Collection;
import java.util.Optional;

/**
 * One named rule of an election's ballot, in the manner of a policy: it allows or returns a
 * {@link Rejection}. A rule may judge each choice on its own ({@link #admit}), the whole sheet
 * ({@link #admitSheet}), or both. Adding a rule is one class implementing this and one line in
 * {@link BallotRules#KNOWN}.
 */
public interface BallotRule {

    /**
     * The rule as written in the club file and the API, e.g. {@code NOT_SELF} or
     * {@code MAX_CHOICES(1)}; a rule without a parameter is written as its code.
     */
    default String spec() {
        return code();
    }

    /** The rule's name without its parameter, e.g. {@code MAX_CHOICES}. */
    String code();

    /** Whether this voter may pick this one choice. */
    default Optional<Rejection> admit(Voter voter, Choice choice) {
        return Optional.empty();
    }

    /** Whether this voter may hold this whole sheet (every choice of it already admitted one by one). */
    default Optional<Rejection> admitSheet(Voter voter, Collection<Choice> sheet) {
        return Optional.empty();
    }
}
