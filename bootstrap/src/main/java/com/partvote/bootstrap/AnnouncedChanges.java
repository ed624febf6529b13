package com.partvote.bootstrap;

import com.partvote.application.port.in.CastVoteUseCase;
import com.partvote.application.port.in.ManageElectionUseCases.EditElectionUseCase;
import com.partvote.application.port.in.ManageElectionUseCases.StepElectionUseCase;
import com.partvote.application.port.in.ReplaceBallotUseCase;
import com.partvote.application.port.in.WithdrawBallotUseCase;
import com.partvote.application.port.out.StandingsSignalPort;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.election.Election;

/**
 * Announces to the live standings of every instance ({@link StandingsSignalPort}) that a use case
 * changed an election's ballots or its state. Each decorates the transactional port, so it
 * announces after the call returned, that is after its transaction committed, and never for a
 * call that failed or rolled back; the announcement itself is cheap and adds no statement to the
 * vote's transaction.
 */
final class AnnouncedChanges {

    private AnnouncedChanges() {
    }

    static CastVoteUseCase castVote(CastVoteUseCase committed, StandingsSignalPort signal) {
        return command -> announced(committed.castVote(command), signal);
    }

    static ReplaceBallotUseCase replaceBallot(ReplaceBallotUseCase committed, StandingsSignalPort signal) {
        return command -> announced(committed.replaceBallot(command), signal);
    }

    static WithdrawBallotUseCase withdrawBallot(WithdrawBallotUseCase committed, StandingsSignalPort signal) {
        return (election, voter) -> announced(committed.withdrawBallot(election, voter), signal);
    }

    static EditElectionUseCase editElection(EditElectionUseCase committed, StandingsSignalPort signal) {
        return (actor, election, edit) -> announced(committed.edit(actor, election, edit), signal);
    }

    static StepElectionUseCase stepElection(StepElectionUseCase committed, StandingsSignalPort signal) {
        return (actor, election, step) -> announced(committed.step(actor, election, step), signal);
    }

    private static BallotSheet announced(BallotSheet sheet, StandingsSignalPort signal) {
        signal.announce(sheet.election());
        return sheet;
    }

    private static Election announced(Election election, StandingsSignalPort signal) {
        signal.announce(election.id());
        return election;
    }
}
