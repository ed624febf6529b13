package com.partvote.application.service;

import com.partvote.application.port.in.CastVoteUseCase;
import com.partvote.application.port.out.LoadChoicePort;
import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.domain.ballot.BallotRefusedException;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceNotFoundException;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionNotFoundException;
import com.partvote.domain.election.rule.Voter;
import java.time.Clock;

/**
 * Adds one choice to a member's sheet. The election's rules decide here; the store then records
 * the change atomically, re-checking what a concurrent request could change (the window, once
 * per choice, the limit, the candidate's member link).
 */
public class CastVoteService implements CastVoteUseCase {

    private final ElectionLookup lookup;
    private final LoadChoicePort choices;
    private final RecordBallotPort ballots;
    private final Clock clock;

    public CastVoteService(ElectionLookup lookup, LoadChoicePort choices, RecordBallotPort ballots, Clock clock) {
        this.lookup = lookup;
        this.choices = choices;
        this.ballots = ballots;
        this.clock = clock;
    }

    @Override
    public BallotSheet castVote(CastVoteCommand command) {
        Election election = command.election().map(lookup::visible).orElse(null);
        Choice choice = choices.findChoice(command.choice())
                .filter(c -> election == null || c.election().equals(election.id()))
                .orElseThrow(() -> new ChoiceNotFoundException(command.choice()));
        Election of = election != null ? election : electionOf(choice);
        Voter voter = lookup.voter(command.voter());
        of.admit(voter, choice, clock.instant()).ifPresent(refusal -> {
            throw new BallotRefusedException(refusal);
        });
        return ballots.addChoice(of, voter.id(), choice.id());
    }

    /** A choice named without its election: a choice of a hidden election is no choice at all. */
    private Election electionOf(Choice choice) {
        try {
            return lookup.visible(choice.election());
        } catch (ElectionNotFoundException hidden) {
            throw new ChoiceNotFoundException(choice.id());
        }
    }
}
