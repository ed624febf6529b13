package com.partvote.adapters.persistence.memory;

import com.partvote.application.auth.AuthenticationFailedException.Reason;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.port.out.LoadBallotSheetPort;
import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.domain.ballot.BallotBox;
import com.partvote.domain.ballot.BallotRefusedException;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.choice.ChoiceNotFoundException;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.ElectionNotFoundException;
import com.partvote.domain.election.rule.NotSelf;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.tally.ChoiceVotes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Ballot sheets in memory: the domain's {@link BallotBox} keeps once per choice, the limit and
 * exact counts; a read-write lock makes each change one atomic step (judged against the election
 * as stored and this store's clock at that step) while standings are read in parallel.
 */
class MemoryBallotAdapter implements RecordBallotPort, LoadBallotSheetPort, StandingsQueryPort {

    private final MemoryElectionAdapter elections;
    private final MemoryMemberAdapter members;
    private final Clock clock;
    private final BallotBox box = new BallotBox(); // guarded by lock
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final MemoryBallotLog log;

    MemoryBallotAdapter(MemoryElectionAdapter elections, MemoryMemberAdapter members, Clock clock) {
        this(elections, members, clock, null);
    }

    /** {@code log}: where accepted changes are appended, under the same lock; null with the log off. */
    MemoryBallotAdapter(MemoryElectionAdapter elections, MemoryMemberAdapter members, Clock clock, MemoryBallotLog log) {
        this.elections = elections;
        this.members = members;
        this.clock = clock;
        this.log = log;
    }

    private BallotSheet logged(BallotSheet sheet) {
        if (log != null) {
            log.append(sheet.election(), sheet.voter(), sheet.choices(), sheet.updatedAt());
        }
        return sheet;
    }

    private interface Change<T> {
        T apply(Election stored, Instant now);
    }

    private <T> T change(Election election, MemberId voter, Change<T> change) {
        if (members.findMember(voter).isEmpty()) {
            throw new AuthenticationFailedException(Reason.TOKEN_INVALID);
        }
        Lock write = lock.writeLock();
        write.lock();
        try {
            Election stored = elections.findElection(election.id())
                    .orElseThrow(() -> new ElectionNotFoundException(election.id().toString()));
            Instant now = clock.instant();
            stored.checkOpen(now).ifPresent(refusal -> {
                throw new BallotRefusedException(refusal);
            });
            return change.apply(stored, now);
        } finally {
            write.unlock();
        }
    }

    /** The choice as stored now: one of the election's, and not the voter themselves where NOT_SELF applies. */
    private Choice admissible(Election stored, MemberId voter, ChoiceId id) {
        Choice choice = elections.findChoice(id).filter(c -> c.election().equals(stored.id()))
                .orElseThrow(() -> new ChoiceNotFoundException(id));
        boolean notSelf = stored.rules().rules().stream().anyMatch(NotSelf.class::isInstance);
        if (notSelf && choice.isTheMember(voter)) {
            throw new BallotRefusedException(NotSelf.refusal(voter.toString(), id.toString()));
        }
        return choice;
    }

    @Override
    public BallotSheet addChoice(Election election, MemberId voter, ChoiceId choice) {
        return change(election, voter, (stored, now) -> {
            admissible(stored, voter, choice);
            return logged(box.add(stored.id(), voter, choice, stored.maxChoices(), now));
        });
    }

    @Override
    public BallotSheet replaceSheet(Election election, MemberId voter, Set<ChoiceId> choices) {
        if (choices.isEmpty()) {
            withdrawSheet(election, voter);
            return BallotSheet.empty(election.id(), voter, clock.instant());
        }
        return change(election, voter, (stored, now) -> {
            choices.forEach(id -> admissible(stored, voter, id));
            return logged(box.replace(stored.id(), voter, choices, stored.maxChoices(), now));
        });
    }

    @Override
    public Optional<BallotSheet> withdrawSheet(Election election, MemberId voter) {
        return change(election, voter, (stored, now) -> {
            Optional<BallotSheet> before = box.withdraw(stored.id(), voter, now);
            before.ifPresent(held -> logged(BallotSheet.empty(stored.id(), voter, now)));
            return before;
        });
    }

    private <T> T read(Supplier<T> query) {
        Lock read = lock.readLock();
        read.lock();
        try {
            return query.get();
        } finally {
            read.unlock();
        }
    }

    @Override
    public Optional<BallotSheet> sheetOf(ElectionId election, MemberId voter) {
        return read(() -> box.sheet(election, voter));
    }

    @Override
    public Map<ElectionId, BallotSheet> sheetsOf(MemberId voter) {
        return read(() -> {
            Map<ElectionId, BallotSheet> sheets = new LinkedHashMap<>();
            for (Election e : elections.allElections()) {
                box.sheet(e.id(), voter).ifPresent(s -> sheets.put(e.id(), s));
            }
            return sheets;
        });
    }

    @Override
    public List<ChoiceVotes> countVotes(ElectionId election) {
        List<Choice> choices = elections.choicesOf(election);
        return read(() -> {
            List<ChoiceVotes> counts = new ArrayList<>(choices.size());
            choices.forEach(c -> counts.add(new ChoiceVotes(c, box.votesFor(c.id()))));
            return counts;
        });
    }

    @Override
    public Turnout turnout(ElectionId election) {
        return read(() -> new Turnout(box.ballots(election), box.voters(election)));
    }

    @Override
    public List<MemberId> votersOf(ElectionId election) {
        return read(() -> box.votersOf(election));
    }
}
