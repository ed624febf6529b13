package com.partvote.application.port.in;

import com.partvote.application.port.out.SaveCandidatesPort.UpsertCounts;
import com.partvote.domain.candidate.CandidateProfile;
import java.util.Map;

/** Registers the candidates declared by the operator; running it again changes nothing new. */
public interface ImportCandidatesUseCase {

    UpsertCounts importCandidates(Map<String, CandidateProfile> profilesByKey);
}
