package com.partvote.application.port.in;

import com.partvote.domain.member.MemberId;
import java.util.Optional;

/** One election with its choices, as the caller sees it. */
public interface ViewElectionUseCase {

    ElectionView viewElection(ElectionRef election, Optional<MemberId> viewer);
}
