package com.partvote.domain.election;

/** Where an election is in its life at a given moment. */
public enum ElectionState {
    DRAFT, SCHEDULED, OPEN, CLOSED, PUBLISHED
}
