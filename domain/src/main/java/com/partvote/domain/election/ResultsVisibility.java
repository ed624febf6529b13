package com.partvote.domain.election;

/** When members may see the standings. */
public enum ResultsVisibility {
    /** While votes come in. */
    LIVE,
    /** Only once the results are published; until then the standings are hidden, not just unsorted. */
    AFTER_CLOSE
}
