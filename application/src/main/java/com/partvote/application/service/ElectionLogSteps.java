package com.partvote.application.service;

import com.partvote.domain.election.Election;

/** What the ballot log asks of an election's lifecycle steps; nothing, where the log is off. */
public interface ElectionLogSteps {

    /** The election was just closed (in the closing transaction): sign the head that covers every vote. */
    void closed(Election election);

    /** The election is about to be published: refuse (LOG_MISMATCH) unless the log reproduces its standings. */
    void beforePublishing(Election election);

    static ElectionLogSteps none() {
        return new ElectionLogSteps() {
            @Override
            public void closed(Election election) {
            }

            @Override
            public void beforePublishing(Election election) {
            }
        };
    }
}
