package com.partvote.application.port.out;

import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.ElectionId;
import java.util.List;
import java.util.Optional;

/** Finds choices, each with its link to the member who is the candidate, if any. */
public interface LoadChoicePort {

    Optional<Choice> findChoice(ChoiceId id);

    /** Every choice of the election, by id (the club file's order on a first load). */
    List<Choice> choicesOf(ElectionId election);
}
