package com.partvote.application.port.out.contract;

import static com.partvote.domain.fixtures.AtOnce.atOnce;
import static com.partvote.domain.fixtures.ElectionBuilder.anElection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.application.port.out.BallotLogPort.RecordedChange;
import com.partvote.application.port.out.BallotLogPort.Sequencing;
import com.partvote.domain.ballot.BallotRefusedException;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.VotingWindow;
import com.partvote.domain.fixtures.AtOnce.Outcome;
import com.partvote.domain.log.BallotTracker;
import com.partvote.domain.log.Hash;
import com.partvote.domain.log.LogEntry;
import com.partvote.domain.log.MerkleTree;
import com.partvote.domain.log.PublishedEntry;
import com.partvote.domain.log.SignedTreeHead;
import com.partvote.domain.member.Member;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * {@link com.partvote.application.port.out.BallotLogPort}: every accepted sheet change appends
 * one entry with the whole new sheet, in the same step; trackers are one per member and election;
 * the sequencer orders, hashes and signs, one at a time, while voters never wait for it.
 */
public abstract class BallotLogPortsContract extends PortContract {

    private static List<List<ChoiceId>> sheets(List<PublishedEntry> entries) {
        return entries.stream().map(PublishedEntry::entry).map(LogEntry::choices).toList();
    }

    @Test
    void everyKindOfChangeAppendsTheWholeNewSheetUnderOneTracker() {
        Election e = newElection();
        Choice a = newChoice(e);
        Choice b = newChoice(e);
        Choice c = newChoice(e);
        Member voter = newMember();
        assertThat(store.log().trackerOf(e.id(), voter.id())).as("before any change").isEmpty();

        store.ballots().addChoice(e, voter.id(), a.id());
        BallotTracker tracker = store.log().trackerOf(e.id(), voter.id()).orElseThrow();
        RecordedChange first = store.log().latestChange(e.id(), tracker).orElseThrow();
        assertThat(first.pending()).as("recorded, not yet sequenced").isTrue();
        assertThat(first.choices()).containsExactly(a.id());
        assertThat(store.log().withPendingChanges()).contains(e.id());
        store.ballots().addChoice(e, voter.id(), b.id());
        store.ballots().replaceSheet(e, voter.id(), Set.of(c.id()));
        store.ballots().withdrawSheet(e, voter.id());
        store.ballots().replaceSheet(e, voter.id(), Set.of(b.id(), a.id()));

        List<PublishedEntry> log = logOf(e);

        assertThat(sheets(log)).containsExactly(List.of(a.id()), List.of(a.id(), b.id()), List.of(c.id()), List.of(),
                List.of(a.id(), b.id()));
        assertThat(trackers(log)).containsOnly(tracker.value());
        assertThat(log).extracting(PublishedEntry::index).containsExactly(0L, 1L, 2L, 3L, 4L);
        for (PublishedEntry entry : log) {
            assertThat(entry.leafHash()).as("stored leaf hash of %d", entry.index()).isEqualTo(entry.entry().leafHash());
            assertThat(entry.entry().election()).isEqualTo(e.id());
        }
        assertThat(store.log().withPendingChanges()).doesNotContain(e.id());
        RecordedChange latest = store.log().latestChange(e.id(), tracker).orElseThrow();
        assertThat(latest.index()).hasValue(4);
        assertThat(store.log().trackerOf(e.id(), voter.id())).as("the same tracker for good").contains(tracker);
    }

    @Test
    void aRefusedChangeAppendsNothingAndWithdrawingNothingChangesNothing() {
        Election e = newElection(anElection().withRules("MAX_CHOICES(1)"));
        Choice a = newChoice(e);
        Choice b = newChoice(e);
        Member voter = newMember();
        store.ballots().withdrawSheet(e, voter.id());
        assertThat(store.log().trackerOf(e.id(), voter.id())).isEmpty();

        store.ballots().addChoice(e, voter.id(), a.id());
        assertThatThrownBy(() -> store.ballots().addChoice(e, voter.id(), a.id())).isInstanceOf(BallotRefusedException.class);
        assertThatThrownBy(() -> store.ballots().addChoice(e, voter.id(), b.id())).isInstanceOf(BallotRefusedException.class);
        assertThatThrownBy(() -> store.ballots().replaceSheet(e, voter.id(), Set.of(a.id(), b.id())))
                .isInstanceOf(BallotRefusedException.class);
        Instant now = Instant.now();
        store.saveElection().updateElection(new Election(e.id(), e.slug(), e.title(), e.kind(), e.stage(),
                new VotingWindow(e.window().opensAt(), now), e.results(), e.rules(), e.part()), now);
        assertThatThrownBy(() -> store.ballots().withdrawSheet(e, voter.id())).isInstanceOf(BallotRefusedException.class);

        assertThat(sheets(logOf(e))).containsExactly(List.of(a.id()));
    }

    @Test
    void trackersAreOnePerMemberAndElection() {
        Election one = newElection();
        Election other = newElection();
        Choice a = newChoice(one);
        Choice b = newChoice(other);
        Member first = newMember();
        Member second = newMember();
        store.ballots().addChoice(one, first.id(), a.id());
        store.ballots().addChoice(one, second.id(), a.id());
        store.ballots().addChoice(other, first.id(), b.id());

        BallotTracker firstInOne = store.log().trackerOf(one.id(), first.id()).orElseThrow();
        BallotTracker secondInOne = store.log().trackerOf(one.id(), second.id()).orElseThrow();
        BallotTracker firstInOther = store.log().trackerOf(other.id(), first.id()).orElseThrow();
        assertThat(Set.of(firstInOne, secondInOne, firstInOther)).hasSize(3);
        assertThat(store.log().latestChange(other.id(), firstInOne)).as("a tracker of another election").isEmpty();
    }

    @Test
    void concurrentFirstChangesOfOneMemberAgreeOnOneTracker() {
        Election e = newElection();
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            choices.add(newChoice(e));
        }
        Member voter = newMember();
        Random random = new Random(11);
        List<Callable<Object>> firsts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Set<ChoiceId> sheet = Set.of(choices.get(random.nextInt(2)).id(), choices.get(2 + random.nextInt(2)).id());
            firsts.add(() -> store.ballots().replaceSheet(e, voter.id(), sheet));
        }

        assertThat(failures(atOnce(THREADS, firsts))).isEmpty();

        List<PublishedEntry> log = logOf(e);
        assertThat(log).hasSize(THREADS);
        assertThat(new HashSet<>(trackers(log))).containsExactly(store.log().trackerOf(e.id(), voter.id()).orElseThrow().value());
        assertTheLogRecountsTheTally(e, List.of(voter));
    }

    @Test
    void theSequencerSignsAGrowingHeadAndEveryHeadExtendsTheLastOne() {
        Election e = newElection();
        Choice a = newChoice(e);
        assertThat(store.log().latestHead(e.id())).isEmpty();
        SignedTreeHead empty = store.log().sequence(e.id(), Sequencing.NOW, SIGNER).orElseThrow();
        assertThat(empty.size()).isZero();
        assertThat(empty.head().root()).isEqualTo(MerkleTree.emptyRoot());
        assertThat(store.log().sequence(e.id(), Sequencing.NOW, SIGNER)).as("nothing new, a head exists").isEmpty();

        List<Member> voters = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 3 + round; i++) {
                Member voter = newMember();
                voters.add(voter);
                store.ballots().addChoice(e, voter.id(), a.id());
            }
            assertThat(store.log().sequence(e.id(), Sequencing.IF_IDLE, SIGNER)).isPresent();
        }

        List<SignedTreeHead> heads = store.log().heads(e.id());
        assertThat(heads).extracting(SignedTreeHead::size).containsExactly(0L, 3L, 7L, 12L);
        assertThat(store.log().latestHead(e.id())).contains(heads.get(3));
        List<Hash> leaves = store.log().leafHashes(e.id(), 12);
        assertThat(leaves).hasSize(12);
        assertThat(store.log().leafHashes(e.id(), 7)).isEqualTo(leaves.subList(0, 7));
        for (int i = 0; i < heads.size(); i++) {
            SignedTreeHead head = heads.get(i);
            assertThat(SIGNER.key().signed(head)).as("head %d signed", head.size()).isTrue();
            assertThat(head.head().election()).isEqualTo(e.id());
            assertThat(head.head().root()).isEqualTo(MerkleTree.root(leaves.subList(0, (int) head.size())));
            if (i > 0) {
                assertThat(head.head().at()).isAfterOrEqualTo(heads.get(i - 1).head().at());
            }
        }
        assertThat(store.log().entries(e.id(), 5, 4)).extracting(PublishedEntry::index).containsExactly(5L, 6L, 7L, 8L);
        assertThat(store.log().entries(e.id(), 12, 10)).isEmpty();
        assertTheLogRecountsTheTally(e, voters);

        SignedTreeHead closing = store.log().sequence(e.id(), Sequencing.CLOSING, SIGNER).orElseThrow();
        assertThat(closing.size()).as("the closing head, signed again over the same log").isEqualTo(12);
        assertThat(closing.head().root()).isEqualTo(heads.get(3).head().root());
        assertThat(store.log().heads(e.id())).extracting(SignedTreeHead::size).containsExactly(0L, 3L, 7L, 12L, 12L);
        assertThat(store.log().latestHead(e.id())).contains(closing);
    }

    @Test
    void aThousandConcurrentVotesWithSequencersRacingRecountToTheTally() throws Exception {
        Election e = newElection(anElection().withRules("MAX_CHOICES(3)"));
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            choices.add(newChoice(e));
        }
        List<Member> voters = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            voters.add(newMember());
        }
        Random random = new Random(13);
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Member voter = voters.get(random.nextInt(voters.size()));
            int kind = random.nextInt(10);
            if (kind < 7) {
                Choice choice = choices.get(random.nextInt(choices.size()));
                tasks.add(() -> store.ballots().addChoice(e, voter.id(), choice.id()));
            } else if (kind < 9) {
                Set<ChoiceId> sheet = Set.of(choices.get(random.nextInt(2)).id(), choices.get(2 + random.nextInt(3)).id());
                tasks.add(() -> store.ballots().replaceSheet(e, voter.id(), sheet));
            } else {
                tasks.add(() -> store.ballots().withdrawSheet(e, voter.id()));
            }
        }
        // two sequencers keep running while the votes arrive, as two instances would
        AtomicBoolean voting = new AtomicBoolean(true);
        List<Thread> sequencers = new ArrayList<>();
        List<Throwable> sequencerFailures = new CopyOnWriteArrayList<>();
        for (Sequencing how : List.of(Sequencing.IF_IDLE, Sequencing.NOW)) {
            Thread t = new Thread(() -> {
                while (voting.get()) {
                    try {
                        store.log().sequence(e.id(), how, SIGNER);
                        Thread.sleep(3);
                    } catch (Throwable failure) {
                        sequencerFailures.add(failure);
                        return;
                    }
                }
            });
            t.start();
            sequencers.add(t);
        }

        List<Outcome<Object>> outcomes = atOnce(THREADS, tasks);
        voting.set(false);
        for (Thread t : sequencers) {
            t.join(Duration.ofMinutes(1).toMillis());
        }

        assertThat(sequencerFailures).isEmpty();
        assertThat(failures(outcomes)).allMatch(f -> f instanceof BallotRefusedException);
        long accepted = successes(outcomes).stream().filter(o -> !(o.value() instanceof Optional<?> withdrawn && withdrawn.isEmpty()))
                .count();
        List<PublishedEntry> log = logOf(e);
        assertThat((long) log.size()).as("one entry per accepted change").isEqualTo(accepted);
        assertThat(store.log().heads(e.id()).size()).as("heads signed along the way").isGreaterThan(1);
        assertCountsEqualARecount(e, voters);
    }
}
