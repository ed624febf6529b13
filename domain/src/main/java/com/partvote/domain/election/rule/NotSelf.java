package com.partvote.domain.election.rule;

import com.partvote.domain.choice.Choice;
import java.util.Optional;

/**
 * {@code NOT_SELF}: nobody votes for the candidate who is themselves. The store re-checks it
 * against the current member link as it records the ballot (a link made a moment ago cannot be
 * raced past); this class is the rule.
 */
public record NotSelf() implements BallotRule {

    public static final String CODE = "NOT_SELF";
    public static final String REFUSAL = "SELF_VOTE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Optional<Rejection> admit(Voter voter, Choice choice) {
        return choice.isTheMember(voter.id()) ? Optional.of(refusal(voter, choice)) : Optional.empty();
    }

    public static Rejection refusal(Voter voter, Choice choice) {
        return refusal(voter.id().toString(), choice.id().toString());
    }

    public static Rejection refusal(String voter, String choice) {
        return new Rejection(REFUSAL, CODE, "member " + voter + " is choice " + choice + " and may not vote for it");
    }
}
