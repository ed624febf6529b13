package com.partvote.application.port.out;

import com.partvote.domain.member.Team;
import java.util.Collection;
import java.util.List;

/** The club's teams: members may belong to one, TEAMS elections choose between them. */
public interface ClubTeamsPort {

    /** Adds the teams not yet known; a team is never removed. */
    void saveTeams(Collection<Team> teams);

    /** Every team, by name. */
    List<Team> teams();
}
