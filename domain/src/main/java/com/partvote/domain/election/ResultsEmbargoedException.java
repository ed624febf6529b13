package com.partvote.domain.election;

import com.partvote.domain.DomainException;

/** The election publishes its standings only after the close, and has not published them yet. */
public class ResultsEmbargoedException extends DomainException {
    public ResultsEmbargoedException(ElectionId election) {
        super("RESULTS_EMBARGOED", "the results of election " + election + " are not published yet");
    }
}
