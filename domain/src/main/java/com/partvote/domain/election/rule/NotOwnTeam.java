package com.partvote.domain.election.rule;

import com.partvote.domain.choice.Choice;
import java.util.Optional;

/** {@code NOT_OWN_TEAM}: a member never chooses their own team (or a candidate of it). */
public record NotOwnTeam() implements BallotRule {

    public static final String CODE = "NOT_OWN_TEAM";
    public static final String REFUSAL = "OWN_TEAM";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Optional<Rejection> admit(Voter voter, Choice choice) {
        if (voter.team() != null && choice.team().filter(voter.team()::equals).isPresent()) {
            return Optional.of(new Rejection(REFUSAL, CODE,
                    "member " + voter.id() + " is in team " + voter.team() + " of choice " + choice.id()));
        }
        return Optional.empty();
    }
}
