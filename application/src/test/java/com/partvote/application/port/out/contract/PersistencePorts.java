package com.partvote.application.port.out.contract;

import com.partvote.application.port.out.LoadCandidatePort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.application.port.out.ResultsQueryPort;
import com.partvote.application.port.out.SaveCandidatesPort;
import com.partvote.application.port.out.SaveMemberPort;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.TokenDenyListPort;
import java.util.Objects;

/**
 * Every persistence output port of one store, as an adapter hands them to the contract suite.
 * The ports share the store: a member saved through {@link #saveMember()} is the one a ballot
 * or a session refers to. One adapter object may stand behind several of them.
 */
public record PersistencePorts(LoadMemberPort loadMember, SaveMemberPort saveMember,
                               SessionPort sessions, TokenDenyListPort denyList,
                               LoadCandidatePort loadCandidate, SaveCandidatesPort saveCandidates,
                               RecordBallotPort ballots, ResultsQueryPort results) {

    public PersistencePorts {
        Objects.requireNonNull(loadMember, "loadMember");
        Objects.requireNonNull(saveMember, "saveMember");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(denyList, "denyList");
        Objects.requireNonNull(loadCandidate, "loadCandidate");
        Objects.requireNonNull(saveCandidates, "saveCandidates");
        Objects.requireNonNull(ballots, "ballots");
        Objects.requireNonNull(results, "results");
    }
}
