package com.partvote.application.service;

import com.partvote.application.port.in.ImportCandidatesUseCase;
import com.partvote.application.port.out.SaveCandidatesPort;
import com.partvote.application.port.out.SaveCandidatesPort.UpsertCounts;
import com.partvote.domain.candidate.CandidateProfile;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Loads the operator's candidate list; idempotent, never deletes a candidate. */
public class CandidateImportService implements ImportCandidatesUseCase {

    private final SaveCandidatesPort candidates;
    private final Clock clock;

    public CandidateImportService(SaveCandidatesPort candidates, Clock clock) {
        this.candidates = candidates;
        this.clock = clock;
    }

    @Override
    public UpsertCounts importCandidates(Map<String, CandidateProfile> profilesByKey) {
        // keeps the file's order, so that ids follow it on a first import
        return candidates.upsertCandidates(Collections.unmodifiableMap(new LinkedHashMap<>(profilesByKey)), clock.instant());
    }
}
