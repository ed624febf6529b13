package com.partvote.application.service;

import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ViewStandingsUseCase;
import com.partvote.application.port.out.StandingsQueryPort.Turnout;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ResultsEmbargoedException;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.tally.Tally;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The standings of one election, ranked by the domain's tally rule, unless the election hides them. */
public class ViewStandingsService implements ViewStandingsUseCase {

    private final ElectionLookup lookup;
    private final StandingsQueryPort standings;
    private final Clock clock;

    public ViewStandingsService(ElectionLookup lookup, StandingsQueryPort standings, Clock clock) {
        this.lookup = lookup;
        this.standings = standings;
        this.clock = clock;
    }

    @Override
    public ElectionStandings standings(ElectionRef ref, Optional<MemberId> viewer) {
        boolean organiser = lookup.isOrganiser(viewer);
        return of(lookup.visible(ref, organiser), clock.instant(), standings, organiser);
    }

    static ElectionStandings of(Election election, Instant now, StandingsQueryPort standings) {
        return of(election, now, standings, false);
    }

    static ElectionStandings of(Election election, Instant now, StandingsQueryPort standings, boolean organiser) {
        if (!election.standingsVisible(now, organiser)) {
            throw new ResultsEmbargoedException(election.id());
        }
        Turnout turnout = standings.turnout(election.id());
        return new ElectionStandings(election, election.state(now), Tally.rank(standings.countVotes(election.id())),
                turnout.ballots(), turnout.voters(), now);
    }

    static void requireVisible(Election election, Instant now) {
        if (!election.standingsVisible(now, false)) {
            throw new ResultsEmbargoedException(election.id());
        }
    }
}
