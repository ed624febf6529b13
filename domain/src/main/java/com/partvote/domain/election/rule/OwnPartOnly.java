package com.partvote.domain.election.rule;

import com.partvote.domain.choice.Choice;
import java.util.Optional;

/** {@code OWN_PART_ONLY}: a member chooses only among the candidates of their own part. */
public record OwnPartOnly() implements BallotRule {

    public static final String CODE = "OWN_PART_ONLY";
    public static final String REFUSAL = "NOT_ELIGIBLE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Optional<Rejection> admit(Voter voter, Choice choice) {
        if (choice.part().isPresent() && choice.part().get() != voter.part()) {
            return Optional.of(new Rejection(REFUSAL, CODE, "member " + voter.id() + " of part " + voter.part()
                    + " may not choose " + choice.id() + " of part " + choice.part().get()));
        }
        return Optional.empty();
    }
}
