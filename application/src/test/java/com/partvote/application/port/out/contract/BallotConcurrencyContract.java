package com.partvote.application.port.out.contract;

import static com.partvote.domain.fixtures.AtOnce.atOnce;
import static com.partvote.domain.fixtures.ElectionBuilder.anElection;
import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.application.port.out.StandingsQueryPort.Turnout;
import com.partvote.domain.ballot.BallotRefusedException;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.VotingWindow;
import com.partvote.domain.fixtures.AtOnce.Outcome;
import com.partvote.domain.member.Member;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules two requests could race on, each raced: the store alone must keep them, whatever
 * arrives at the same moment.
 */
public abstract class BallotConcurrencyContract extends PortContract {

    private static String codeOf(Exception e) {
        return e instanceof BallotRefusedException refused ? refused.rejection().code() : e.toString();
    }

    @Test
    void sixteenThreadsAddingTheSameChoiceCountItOnce() {
        Election e = newElection();
        Choice a = newChoice(e);
        Member voter = newMember();

        List<Outcome<BallotSheet>> outcomes = atOnce(THREADS, () -> store.ballots().addChoice(e, voter.id(), a.id()));

        assertThat(successes(outcomes)).hasSize(1);
        assertThat(failures(outcomes)).extracting(BallotConcurrencyContract::codeOf).containsOnly("DUPLICATE_VOTE");
        assertThat(votesFor(e, a)).isEqualTo(1);
        assertThat(turnout(e)).isEqualTo(new Turnout(1, 1));
    }

    @Test
    void twentyConcurrentAddsByOneVoterAdmitExactlyTheLimit() {
        for (int limit : List.of(1, 3)) {
            Election e = newElection(anElection().withRules("MAX_CHOICES(" + limit + ")"));
            List<Choice> choices = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                choices.add(newChoice(e));
            }
            Member voter = newMember();
            List<Callable<BallotSheet>> adds = choices.stream()
                    .<Callable<BallotSheet>>map(c -> () -> store.ballots().addChoice(e, voter.id(), c.id())).toList();

            List<Outcome<BallotSheet>> outcomes = atOnce(20, adds);

            assertThat(successes(outcomes)).as("limit %d", limit).hasSize(limit);
            assertThat(failures(outcomes)).extracting(BallotConcurrencyContract::codeOf).containsOnly("TOO_MANY_CHOICES");
            assertThat(sheetOf(e, voter)).hasSize(limit);
            assertCountsEqualARecount(e, List.of(voter));
        }
    }

    @Test
    void twentyConcurrentReplacementsLeaveOneOfThemWhole() {
        Election e = newElection();
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            choices.add(newChoice(e));
        }
        Member voter = newMember();
        Random random = new Random(3);
        List<Set<ChoiceId>> sheets = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            List<Choice> shuffled = new ArrayList<>(choices);
            Collections.shuffle(shuffled, random);
            sheets.add(shuffled.subList(0, 3).stream().map(Choice::id).collect(Collectors.toSet()));
        }
        List<Callable<BallotSheet>> replacements = sheets.stream()
                .<Callable<BallotSheet>>map(s -> () -> store.ballots().replaceSheet(e, voter.id(), s)).toList();

        List<Outcome<BallotSheet>> outcomes = atOnce(20, replacements);

        assertThat(failures(outcomes)).isEmpty();
        assertThat(sheets).as("the sheet left is exactly one of those sent").contains(sheetOf(e, voter));
        assertCountsEqualARecount(e, List.of(voter));
        assertThat(turnout(e)).isEqualTo(new Turnout(3, 1));
    }

    @Test
    void aChangeRacingAWithdrawalEndsAsOneOrTheOther() {
        Election e = newElection();
        Choice a = newChoice(e);
        Choice b = newChoice(e);
        Choice c = newChoice(e);
        List<Member> voters = new ArrayList<>();
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Member voter = newMember();
            voters.add(voter);
            store.ballots().addChoice(e, voter.id(), a.id());
            tasks.add(() -> store.ballots().replaceSheet(e, voter.id(), Set.of(b.id(), c.id())));
            tasks.add(() -> store.ballots().withdrawSheet(e, voter.id()));
            tasks.add(() -> store.ballots().addChoice(e, voter.id(), c.id()));
        }
        Collections.shuffle(tasks, new Random(5));

        List<Outcome<Object>> outcomes = atOnce(THREADS, tasks);

        assertThat(failures(outcomes)).extracting(BallotConcurrencyContract::codeOf).containsOnly("DUPLICATE_VOTE");
        for (Member voter : voters) {
            assertThat(sheetOf(e, voter)).as("a consistent end for %s", voter.id())
                    .isIn(Set.of(), Set.of(c.id()), Set.of(b.id(), c.id()), Set.of(a.id(), c.id()));
        }
        assertCountsEqualARecount(e, voters);
    }

    @Test
    void afterAConcurrentMixOfEveryKindTheCountsEqualARecount() {
        Election e = newElection(anElection().withRules("MAX_CHOICES(3)"));
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            choices.add(newChoice(e));
        }
        List<Member> voters = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            voters.add(newMember());
        }
        Random random = new Random(9);
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Member voter = voters.get(random.nextInt(voters.size()));
            int kind = random.nextInt(10);
            if (kind < 6) {
                Choice choice = choices.get(random.nextInt(choices.size()));
                tasks.add(() -> store.ballots().addChoice(e, voter.id(), choice.id()));
            } else if (kind < 9) {
                Set<ChoiceId> sheet = Set.of(choices.get(random.nextInt(3)).id(), choices.get(3 + random.nextInt(3)).id());
                tasks.add(() -> store.ballots().replaceSheet(e, voter.id(), sheet));
            } else {
                tasks.add(() -> store.ballots().withdrawSheet(e, voter.id()));
            }
        }

        List<Outcome<Object>> outcomes = atOnce(THREADS, tasks);

        assertThat(failures(outcomes)).extracting(BallotConcurrencyContract::codeOf)
                .allMatch(code -> code.equals("DUPLICATE_VOTE") || code.equals("TOO_MANY_CHOICES"));
        assertThat(successes(outcomes)).as("most changes went through").hasSizeGreaterThan(200);
        assertCountsEqualARecount(e, voters);
        for (Member voter : voters) {
            assertThat(sheetOf(e, voter)).hasSizeLessThanOrEqualTo(3);
        }
    }

    @Test
    void manyVotersAtOnceAreAllCountedExactly() {
        Election e = newElection();
        List<Choice> choices = List.of(newChoice(e), newChoice(e), newChoice(e), newChoice(e), newChoice(e));
        List<Member> voters = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            voters.add(newMember());
        }
        List<Callable<BallotSheet>> tasks = new ArrayList<>();
        for (Member voter : voters) {
            for (Choice choice : choices) {
                tasks.add(() -> store.ballots().addChoice(e, voter.id(), choice.id()));
            }
        }
        Collections.shuffle(tasks, new Random(7));

        assertThat(failures(atOnce(THREADS, tasks))).isEmpty();
        for (Choice choice : choices) {
            assertThat(votesFor(e, choice)).isEqualTo(voters.size());
        }
        assertThat(turnout(e)).isEqualTo(new Turnout(200, 40));
    }

    @Test
    void changesRacingTheCloseAreNeverAcceptedAfterIt() throws Exception {
        Instant closes = Instant.now().plus(Duration.ofMillis(600));
        Election e = newElection(anElection().openingAt(Instant.now().minus(Duration.ofHours(1))).closingAt(closes));
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            choices.add(newChoice(e));
        }
        List<Member> voters = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            voters.add(newMember());
        }
        // every thread keeps changing its voter's sheet (adds and withdrawals) from before the close
        // until after it, recording when each call started and ended and how it was answered
        record Attempt(Instant started, Instant ended, String outcome) {
        }
        Instant stop = closes.plus(Duration.ofMillis(250));
        List<Callable<List<Attempt>>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Member voter = voters.get(t);
            Random random = new Random(t);
            workers.add(() -> {
                List<Attempt> attempts = new ArrayList<>();
                while (Instant.now().isBefore(stop)) {
                    Instant started = Instant.now();
                    String outcome = "ACCEPTED";
                    try {
                        if (random.nextInt(4) == 0) {
                            store.ballots().withdrawSheet(e, voter.id());
                        } else {
                            store.ballots().addChoice(e, voter.id(), choices.get(random.nextInt(choices.size())).id());
                        }
                    } catch (BallotRefusedException refused) {
                        outcome = refused.rejection().code();
                    }
                    attempts.add(new Attempt(started, Instant.now(), outcome));
                    LockSupport.parkNanos(200_000);
                }
                return attempts;
            });
        }
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), closes).toMillis() - 300));

        List<Outcome<List<Attempt>>> outcomes = atOnce(THREADS, workers);

        assertThat(failures(outcomes)).isEmpty();
        List<Attempt> attempts = outcomes.stream().flatMap(o -> o.value().stream()).toList();
        assertThat(attempts).extracting(Attempt::outcome).containsOnly("ACCEPTED", "DUPLICATE_VOTE", "ELECTION_NOT_OPEN");
        assertThat(attempts).as("some changes before the close").anyMatch(a -> a.outcome().equals("ACCEPTED"));
        assertThat(attempts).filteredOn(a -> !a.started().isBefore(closes))
                .as("changes that started after the close").isNotEmpty()
                .as("none of them accepted").allMatch(a -> a.outcome().equals("ELECTION_NOT_OPEN"));
        assertThat(attempts).filteredOn(a -> a.ended().isBefore(closes))
                .as("no change that ended before the close was refused for the window")
                .noneMatch(a -> a.outcome().equals("ELECTION_NOT_OPEN"));
        assertCountsEqualARecount(e, voters);
    }

    @Test
    void aCloseWrittenWhileVotesArriveStopsThemAtOnce() {
        Instant start = Instant.now();
        Election e = newElection(anElection().openingAt(start.minus(Duration.ofHours(1))));
        Choice a = newChoice(e);
        List<Member> voters = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            voters.add(newMember());
        }
        Instant[] closedAt = new Instant[1];
        List<Callable<Instant>> tasks = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            Member voter = voters.get(i);
            if (i == 60) {
                tasks.add(() -> {
                    Instant now = Instant.now();
                    store.saveElection().updateElection(new Election(e.id(), e.slug(), e.title(), e.kind(), e.stage(),
                            new VotingWindow(e.window().opensAt(), now), e.results(), e.rules(), e.part()), now);
                    closedAt[0] = Instant.now();
                    return null;
                });
            }
            tasks.add(() -> {
                Instant started = Instant.now();
                try {
                    store.ballots().addChoice(e, voter.id(), a.id());
                    return started;
                } catch (BallotRefusedException refused) {
                    return null;
                }
            });
        }

        List<Outcome<Instant>> outcomes = atOnce(4, tasks);

        assertThat(failures(outcomes)).isEmpty();
        assertThat(closedAt[0]).isNotNull();
        assertThat(outcomes).extracting(Outcome::value).filteredOn(started -> started != null)
                .as("no vote that started after the close had been written is accepted")
                .allMatch(started -> !started.isAfter(closedAt[0]));
        assertCountsEqualARecount(e, voters);
    }
}
