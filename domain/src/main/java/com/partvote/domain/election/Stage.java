package com.partvote.domain.election;

/**
 * The steps an operator takes with an election. Between {@link #SCHEDULED} and
 * {@link #PUBLISHED} the clock decides whether it is open ({@link ElectionState}).
 */
public enum Stage {
    /** Being prepared: nobody but its organisers sees it, nobody votes. */
    DRAFT,
    /** Set up: it opens and closes with its window. */
    SCHEDULED,
    /** Closed and its results made public: an explicit step after the close. */
    PUBLISHED
}
