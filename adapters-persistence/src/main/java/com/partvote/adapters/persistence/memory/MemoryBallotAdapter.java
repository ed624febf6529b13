package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.application.port.out.ResultsQueryPort;
import com.partvote.domain.ballot.Ballot;
import com.partvote.domain.ballot.BallotBox;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceNotFoundException;
import com.partvote.domain.member.Part;
import com.partvote.domain.tally.ChoiceVotes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Ballots and their counts in memory: the domain's {@link BallotBox} holds the "once per
 * candidate" rule and the counts, and a read-write lock makes each ballot one atomic step while
 * results are read in parallel.
 */
class MemoryBallotAdapter implements RecordBallotPort, ResultsQueryPort {

    private final MemoryCandidateAdapter candidates;
    private final BallotBox box = new BallotBox(); // guarded by lock
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    MemoryBallotAdapter(MemoryCandidateAdapter candidates) {
        this.candidates = candidates;
    }

    @Override
    public void recordBallot(Ballot ballot) {
        // candidates are never removed, so one found now still exists when the ballot is in
        if (candidates.findCandidate(ballot.candidate()).isEmpty()) {
            throw new ChoiceNotFoundException(ballot.candidate());
        }
        Lock write = lock.writeLock();
        write.lock();
        try {
            box.record(ballot);
        } finally {
            write.unlock();
        }
    }

    @Override
    public List<ChoiceVotes> countVotes(Part part) {
        List<Choice> ofPart = candidates.candidatesOf(part);
        List<ChoiceVotes> counts = new ArrayList<>(ofPart.size());
        Lock read = lock.readLock();
        read.lock();
        try {
            for (Choice candidate : ofPart) {
                counts.add(new ChoiceVotes(candidate, box.votesFor(candidate.id())));
            }
        } finally {
            read.unlock();
        }
        return counts;
    }

    @Override
    public Turnout turnout() {
        Lock read = lock.readLock();
        read.lock();
        try {
            return new Turnout(box.ballotCount(), box.voterCount());
        } finally {
            read.unlock();
        }
    }
}
