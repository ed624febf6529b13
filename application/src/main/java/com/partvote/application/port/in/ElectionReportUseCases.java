package com.partvote.application.port.in;

import com.partvote.application.port.in.ViewStandingsUseCase.ElectionStandings;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionState;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import java.time.Instant;
import java.util.List;

/** What an admin reads about one election: its turnout (who voted, never how) and its results for export. */
public final class ElectionReportUseCases {

    private ElectionReportUseCases() {
    }

    /** Eligible members, those who voted and those who have not yet, so the operator can remind them. */
    public interface ViewTurnoutUseCase {
        Turnout turnout(MemberId actor, ElectionRef election);
    }

    /** The results as an admin exports them, embargoed or not. */
    public interface ExportResultsUseCase {
        ElectionStandings export(MemberId actor, ElectionRef election);
    }

    public record Turnout(Election election, ElectionState state, long eligible, List<MemberAccess> voted,
                          List<MemberAccess> notVoted, Instant at) {
        public Turnout {
            voted = List.copyOf(voted);
            notVoted = List.copyOf(notVoted);
        }
    }
}
