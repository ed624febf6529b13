package com.partvote.application.port.in;

import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.election.ElectionSpec;
import com.partvote.domain.member.Team;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Registers what the club file declares: the teams, and each election with its choices. Running
 * it again with the same file changes nothing; an edited line updates what it names in place;
 * nothing is ever deleted.
 */
public interface SetUpClubUseCase {

    SetUpReport setUpClub(ClubSetup club);

    /** A TEAMS election lists no choices of its own: its choices are the club's teams. */
    record ClubSetup(List<Team> teams, List<ElectionSetup> elections) {
        public ClubSetup {
            teams = List.copyOf(teams);
            elections = List.copyOf(elections);
        }
    }

    /**
     * @param opensOnFirstLoad the file gives no opening time: the election opens when first
     *                         loaded, and keeps that opening on every later load
     * @param choicesByKey     each choice under its stable key within the election, in the file's order
     */
    record ElectionSetup(ElectionSpec election, boolean opensOnFirstLoad, Map<String, ChoiceProfile> choicesByKey) {
        public ElectionSetup {
            Objects.requireNonNull(election, "election");
            Objects.requireNonNull(choicesByKey, "choicesByKey");
        }
    }

    record SetUpReport(int elections, int choicesAdded, int choicesUpdated, int choicesUnchanged) {
    }
}
