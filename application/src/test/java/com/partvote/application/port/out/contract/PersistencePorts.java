package com.partvote.application.port.out.contract;

import com.partvote.application.port.out.AuditTrailPort;
import com.partvote.application.port.out.BallotLogPort;
import com.partvote.application.port.out.ClubTeamsPort;
import com.partvote.application.port.out.LoadBallotSheetPort;
import com.partvote.application.port.out.LoadChoicePort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.LoadVoterPort;
import com.partvote.application.port.out.MemberAccessPort;
import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.application.port.out.SaveMemberPort;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.application.port.out.TokenDenyListPort;
import com.partvote.application.port.out.VoterRollPort;
import java.util.Objects;

/**
 * Every persistence output port of one store, as an adapter hands them to the contract suite.
 * The ports share the store: a member saved through {@link #saveMember()} is the one a ballot
 * or a session refers to. One adapter object may stand behind several of them.
 */
public record PersistencePorts(LoadMemberPort loadMember, LoadVoterPort loadVoter, SaveMemberPort saveMember,
                               SessionPort sessions, TokenDenyListPort denyList,
                               ClubTeamsPort teams, LoadElectionPort loadElection, SaveElectionPort saveElection,
                               LoadChoicePort loadChoice, RecordBallotPort ballots, LoadBallotSheetPort sheets,
                               StandingsQueryPort standings, MemberAccessPort access, AuditTrailPort audit,
                               VoterRollPort roll, BallotLogPort log) {

    public PersistencePorts {
        Objects.requireNonNull(loadMember, "loadMember");
        Objects.requireNonNull(loadVoter, "loadVoter");
        Objects.requireNonNull(saveMember, "saveMember");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(denyList, "denyList");
        Objects.requireNonNull(teams, "teams");
        Objects.requireNonNull(loadElection, "loadElection");
        Objects.requireNonNull(saveElection, "saveElection");
        Objects.requireNonNull(loadChoice, "loadChoice");
        Objects.requireNonNull(ballots, "ballots");
        Objects.requireNonNull(sheets, "sheets");
        Objects.requireNonNull(standings, "standings");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(roll, "roll");
        Objects.requireNonNull(log, "log");
    }
}
