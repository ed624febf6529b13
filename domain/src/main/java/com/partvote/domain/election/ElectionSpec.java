package com.partvote.domain.election;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.election.rule.BallotRules;
import com.partvote.domain.member.Part;
import java.util.Objects;

/** An election as its organiser declares it, before a store gives it an id. */
public record ElectionSpec(Slug slug, String title, ChoiceKind kind, Stage stage, VotingWindow window,
                           ResultsVisibility results, BallotRules rules, Part part) {

    public ElectionSpec {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(rules, "rules");
        title = Election.validTitle(title);
        if (window == null && stage != Stage.DRAFT) {
            throw new InvalidValueException("opens_at", "required", "a scheduled election needs a window");
        }
    }

    public Election withId(ElectionId id) {
        return new Election(id, slug, title, kind, stage, window, results, rules, part);
    }
}
