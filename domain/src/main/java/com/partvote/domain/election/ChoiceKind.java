package com.partvote.domain.election;

/** What an election chooses between: people (a leader vote) or the club's teams (a demo day). */
public enum ChoiceKind {
    CANDIDATES, TEAMS
}
