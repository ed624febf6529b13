package com.partvote.application.port.out.contract;

import static com.partvote.domain.fixtures.BallotBuilder.aBallot;
import static com.partvote.domain.fixtures.CandidateBuilder.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.application.port.out.ResultsQueryPort;
import com.partvote.application.port.out.ResultsQueryPort.Turnout;
import com.partvote.domain.ballot.Ballot;
import com.partvote.domain.ballot.DuplicateVoteException;
import com.partvote.domain.candidate.Candidate;
import com.partvote.domain.candidate.CandidateId;
import com.partvote.domain.candidate.CandidateNotFoundException;
import com.partvote.domain.candidate.CandidateProfile;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.Part;
import com.partvote.domain.tally.CandidateVotes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordBallotPort} and {@link ResultsQueryPort}: one ballot per voter and candidate, and
 * counts that are exact, also when many ballots arrive at the same moment.
 */
public abstract class BallotPortsContract extends PortContract {

    private void record(Ballot ballot) {
        store.ballots().recordBallot(ballot);
    }

    private static Ballot ballot(Member voter, Candidate candidate) {
        return aBallot().by(voter).forCandidate(candidate).at(T0).build();
    }

    private Turnout turnout() {
        return store.results().turnout();
    }

    @Test
    void aFreshStoreHasNoBallots() {
        assertThat(turnout()).isEqualTo(new Turnout(0, 0));
        assertThat(store.results().countVotes(Part.FE)).isEmpty();
        assertThat(store.results().countVotes(Part.BE)).isEmpty();
    }

    @Test
    void everyCandidateOfThePartIsListedWithZeroCountsIncluded() {
        Candidate a = newCandidate(Part.FE);
        Candidate b = newCandidate(Part.FE);
        Candidate c = newCandidate(Part.BE);
        record(ballot(newMember(), a));

        assertThat(store.results().countVotes(Part.FE))
                .containsExactlyInAnyOrder(new CandidateVotes(a, 1), new CandidateVotes(b, 0));
        assertThat(store.results().countVotes(Part.BE)).containsExactly(new CandidateVotes(c, 0));
    }

    @Test
    void aBallotIsCountedForItsCandidateAndInTheTurnout() {
        Candidate a = newCandidate(Part.FE);
        Candidate b = newCandidate(Part.FE);
        Member voter = newMember();
        record(ballot(voter, a));

        assertThat(votesIn(Part.FE)).isEqualTo(Map.of(a.id(), 1L, b.id(), 0L));
        assertThat(turnout()).isEqualTo(new Turnout(1, 1));
    }

    @Test
    void aSecondBallotForTheSameCandidateIsADuplicateAndIsNotCounted() {
        Candidate candidate = newCandidate(Part.BE);
        Member voter = newMember(Part.BE);
        record(ballot(voter, candidate));

        Ballot again = aBallot().by(voter).forCandidate(candidate).at(T0.plusSeconds(30)).build();
        assertThatThrownBy(() -> record(again)).isInstanceOf(DuplicateVoteException.class);
        assertThatThrownBy(() -> record(again)).isInstanceOf(DuplicateVoteException.class);

        assertThat(votesFor(candidate)).isEqualTo(1);
        assertThat(turnout()).isEqualTo(new Turnout(1, 1));
    }

    @Test
    void aVoterMayVoteForSeveralCandidatesOnceEach() {
        Candidate a = newCandidate(Part.FE);
        Candidate b = newCandidate(Part.FE);
        Candidate c = newCandidate(Part.BE);
        Member voter = newMember();
        record(ballot(voter, a));
        record(ballot(voter, b));
        record(ballot(voter, c));

        assertThat(votesIn(Part.FE)).isEqualTo(Map.of(a.id(), 1L, b.id(), 1L));
        assertThat(votesIn(Part.BE)).isEqualTo(Map.of(c.id(), 1L));
        assertThat(turnout()).isEqualTo(new Turnout(3, 1));
    }

    @Test
    void countsAndTurnoutAreExact() {
        Candidate a = newCandidate(Part.FE);
        Candidate b = newCandidate(Part.FE);
        Candidate c = newCandidate(Part.BE);
        Candidate untouched = newCandidate(Part.BE);
        Member v1 = newMember();
        Member v2 = newMember(Part.BE);
        Member v3 = newMember();
        newMember(); // a member who does not vote is not in the turnout
        record(ballot(v1, a));
        record(ballot(v1, b));
        record(ballot(v2, a));
        record(ballot(v3, a));
        record(ballot(v3, b));
        record(ballot(v3, c));

        assertThat(votesIn(Part.FE)).isEqualTo(Map.of(a.id(), 3L, b.id(), 2L));
        assertThat(votesIn(Part.BE)).isEqualTo(Map.of(c.id(), 1L, untouched.id(), 0L));
        assertThat(turnout()).isEqualTo(new Turnout(6, 3));
    }

    @Test
    void aBallotForAnUnknownCandidateIsRefusedAndNotCounted() {
        Candidate known = newCandidate(Part.FE);
        Member voter = newMember();
        Ballot ghost = aBallot().by(voter).forCandidate(new CandidateId(Long.MAX_VALUE)).at(T0).build();
        assertThatThrownBy(() -> record(ghost)).isInstanceOf(CandidateNotFoundException.class);

        assertThat(turnout()).isEqualTo(new Turnout(0, 0));
        assertThat(votesFor(known)).isZero();
        record(ballot(voter, known));
        assertThat(turnout()).isEqualTo(new Turnout(1, 1));
    }

    @Test
    void aCandidateMovedToTheOtherPartKeepsItsVotes() {
        CandidateProfile inFe = aCandidate().inPart(Part.FE).profile();
        Candidate candidate = register("mover", inFe, T0);
        record(ballot(newMember(), candidate));
        CandidateProfile inBe = new CandidateProfile(inFe.name(), Part.BE, inFe.team(), inFe.age(), inFe.memberEmail());
        store.saveCandidates().upsertCandidates(Map.of("mover", inBe), T0.plusSeconds(60));

        assertThat(votesIn(Part.FE)).isEmpty();
        assertThat(votesIn(Part.BE)).isEqualTo(Map.of(candidate.id(), 1L));
        assertThat(turnout()).isEqualTo(new Turnout(1, 1));
    }

    // ---- concurrency ------------------------------------------------------------------------

    @Test
    void sixteenThreadsRecordingTheSameBallotCountItOnce() {
        Candidate candidate = newCandidate(Part.FE);
        Member voter = newMember();
        Ballot ballot = ballot(voter, candidate);

        List<Outcome<Boolean>> outcomes = atOnce(THREADS, () -> {
            record(ballot);
            return true;
        });

        assertThat(successes(outcomes)).hasSize(1);
        assertThat(failures(outcomes)).hasSize(THREADS - 1)
                .allSatisfy(e -> assertThat(e).isInstanceOf(DuplicateVoteException.class));
        assertThat(votesFor(candidate)).isEqualTo(1);
        assertThat(turnout()).isEqualTo(new Turnout(1, 1));
    }

    @Test
    void manyDifferentBallotsAtOnceAreAllCountedExactly() {
        List<Candidate> candidates = List.of(newCandidate(Part.FE), newCandidate(Part.FE), newCandidate(Part.FE),
                newCandidate(Part.BE), newCandidate(Part.BE));
        List<Member> voters = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            voters.add(newMember(i % 2 == 0 ? Part.FE : Part.BE));
        }
        // every voter votes for every candidate: 200 ballots, shuffled so that one voter's
        // ballots (and one candidate's) arrive on different threads at once
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (Member voter : voters) {
            for (Candidate candidate : candidates) {
                tasks.add(() -> {
                    record(ballot(voter, candidate));
                    return true;
                });
            }
        }
        Collections.shuffle(tasks, new Random(7));

        List<Outcome<Boolean>> outcomes = atOnce(THREADS, tasks);

        assertThat(failures(outcomes)).isEmpty();
        for (Candidate candidate : candidates) {
            assertThat(votesFor(candidate)).as("votes for %s", candidate.id()).isEqualTo(voters.size());
        }
        assertThat(turnout()).isEqualTo(new Turnout((long) voters.size() * candidates.size(), voters.size()));
    }

    @Test
    void aStormOfBallotsEachSentTwiceCountsEveryOneOnce() {
        List<Candidate> candidates = List.of(newCandidate(Part.FE), newCandidate(Part.BE));
        List<Member> voters = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            voters.add(newMember());
        }
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int copy = 0; copy < 2; copy++) {
            for (int i = 0; i < voters.size(); i++) {
                // the first candidate from everyone, the second from every other voter
                Member voter = voters.get(i);
                tasks.add(() -> {
                    record(ballot(voter, candidates.get(0)));
                    return true;
                });
                if (i % 2 == 0) {
                    tasks.add(() -> {
                        record(ballot(voter, candidates.get(1)));
                        return true;
                    });
                }
            }
        }
        Collections.shuffle(tasks, new Random(11));

        List<Outcome<Boolean>> outcomes = atOnce(THREADS, tasks);

        assertThat(successes(outcomes)).hasSize(75);
        assertThat(failures(outcomes)).hasSize(75)
                .allSatisfy(e -> assertThat(e).isInstanceOf(DuplicateVoteException.class));
        assertThat(votesFor(candidates.get(0))).isEqualTo(50);
        assertThat(votesFor(candidates.get(1))).isEqualTo(25);
        assertThat(turnout()).isEqualTo(new Turnout(75, 50));
    }
}
