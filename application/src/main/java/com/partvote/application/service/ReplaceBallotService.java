package com.partvote.application.service;

import com.partvote.application.port.in.ReplaceBallotUseCase;
import com.partvote.application.port.out.LoadChoicePort;
import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.domain.ballot.BallotRefusedException;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.choice.ChoiceNotFoundException;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.rule.Voter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Replaces a member's whole sheet: every choice must be the election's and pass its rules, and the sheet too. */
public class ReplaceBallotService implements ReplaceBallotUseCase {

    private final ElectionLookup lookup;
    private final LoadChoicePort choices;
    private final RecordBallotPort ballots;
    private final Clock clock;

    public ReplaceBallotService(ElectionLookup lookup, LoadChoicePort choices, RecordBallotPort ballots, Clock clock) {
        this.lookup = lookup;
        this.choices = choices;
        this.ballots = ballots;
        this.clock = clock;
    }

    @Override
    public BallotSheet replaceBallot(ReplaceBallotCommand command) {
        Election election = lookup.visible(command.election());
        Voter voter = lookup.voter(command.voter());
        List<Choice> sheet = new ArrayList<>();
        for (ChoiceId id : command.choices()) {
            sheet.add(choices.findChoice(id).filter(c -> c.election().equals(election.id()))
                    .orElseThrow(() -> new ChoiceNotFoundException(id)));
        }
        election.admitSheet(voter, sheet, clock.instant()).ifPresent(refusal -> {
            throw new BallotRefusedException(refusal);
        });
        return ballots.replaceSheet(election, voter.id(), command.choices());
    }
}
