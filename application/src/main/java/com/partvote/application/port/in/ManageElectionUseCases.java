package com.partvote.application.port.in;

import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionSpec;
import com.partvote.domain.election.ResultsVisibility;
import com.partvote.domain.election.rule.BallotRules;
import com.partvote.domain.member.MemberId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What an admin does to elections through the API; every act is authorised, then audited. */
public final class ManageElectionUseCases {

    private ManageElectionUseCases() {
    }

    /** Creates an election in DRAFT with its choices (for TEAMS: the club's teams). */
    public interface CreateElectionUseCase {
        Election create(MemberId actor, ElectionSpec spec, Map<String, ChoiceProfile> choicesByKey);
    }

    /**
     * Edits an election: anything while it is a DRAFT (absent fields stay); once SCHEDULED or OPEN
     * only a later {@code closes_at}; otherwise ILLEGAL_TRANSITION.
     */
    public interface EditElectionUseCase {
        Election edit(MemberId actor, ElectionRef election, ElectionEdit edit);
    }

    /** A lifecycle step: schedule, open now, close now, publish. */
    public interface StepElectionUseCase {
        Election step(MemberId actor, ElectionRef election, Step step);
    }

    public enum Step { SCHEDULE, OPEN, CLOSE, PUBLISH }

    /**
     * The fields an edit sets; empty ones keep their value. {@code closesAt} distinguishes "not
     * sent" (empty) from "sent as null" (open-ended: {@code clearClose}).
     */
    public record ElectionEdit(Optional<String> title, Optional<Instant> opensAt, Optional<Instant> closesAt,
                               boolean clearClose, Optional<ResultsVisibility> results, Optional<BallotRules> rules,
                               Optional<Map<String, ChoiceProfile>> choicesByKey) {
        public ElectionEdit {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(opensAt, "opensAt");
            Objects.requireNonNull(closesAt, "closesAt");
            Objects.requireNonNull(results, "results");
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(choicesByKey, "choicesByKey");
        }

        /** Whether the edit touches nothing but the closing time. */
        public boolean onlyCloses() {
            return title.isEmpty() && opensAt.isEmpty() && results.isEmpty() && rules.isEmpty() && choicesByKey.isEmpty();
        }
    }
}
