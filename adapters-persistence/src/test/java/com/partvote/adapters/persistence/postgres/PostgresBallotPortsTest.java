package com.partvote.adapters.persistence.postgres;

import static com.partvote.domain.fixtures.ChoiceBuilder.aChoice;
import static com.partvote.domain.fixtures.ElectionBuilder.anElection;
import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.application.port.out.contract.BallotPortsContract;
import com.partvote.application.port.out.contract.PersistencePorts;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.VotingWindow;
import com.partvote.domain.member.Member;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresContractTest
class PostgresBallotPortsTest extends BallotPortsContract {

    @Autowired
    PostgresStores stores;

    @Autowired
    SqlElectionAdapter elections;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Override
    protected PersistencePorts freshStore() {
        return stores.fresh();
    }

    @Test
    void theDatabaseItselfRefusesAVoteForOneselfWhereTheElectionSaysNotSelf() {
        Member member = newMember(aMember().withEmail("self@example.com"));
        Election notSelf = newElection(anElection().withRules("NOT_SELF"));
        Election anyone = newElection();
        Choice self = newChoice(notSelf, aChoice().declaredFor("self@example.com"));
        Choice selfElsewhere = newChoice(anyone, aChoice().declaredFor("self@example.com"));
        store.saveElection().linkChoicesTo(member.email(), member.id()); // the link CandidateLinks stores

        // straight into the tables, past every application check: the trigger still refuses it
        jdbc.update("INSERT INTO ballot_sheet (election_id, voter_id, size, updated_at) VALUES (?, ?, 1, now())",
                notSelf.id().value(), member.id().value());
        assertThatThrownBy(() -> jdbc.update("INSERT INTO ballot (election_id, voter_id, choice_id, cast_at) VALUES (?, ?, ?, now())",
                notSelf.id().value(), member.id().value(), self.id().value()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("may not vote for it");
        store.ballots().addChoice(anyone, member.id(), selfElsewhere.id());
        assertThat(votesFor(anyone, selfElsewhere)).as("an election without NOT_SELF allows it").isEqualTo(1);
    }

    @Test
    void aBallotCannotNameAChoiceOfAnotherElectionEvenStraightInTheTable() {
        Member member = newMember();
        Election e = newElection();
        Choice elsewhere = newChoice(newElection());
        jdbc.update("INSERT INTO ballot_sheet (election_id, voter_id, size, updated_at) VALUES (?, ?, 1, now())",
                e.id().value(), member.id().value());
        assertThatThrownBy(() -> jdbc.update("INSERT INTO ballot (election_id, voter_id, choice_id, cast_at) VALUES (?, ?, ?, now())",
                e.id().value(), member.id().value(), elsewhere.id().value()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("ballot_choice_in_election_fkey");
    }

    @Test
    void votesReadChoicesFromASnapshotThatKnowsNewIdsAtOnce() {
        ElectionSnapshot snapshot = new ElectionSnapshot(elections, Duration.ofHours(1));
        Election e = newElection();
        Choice first = newChoice(e);
        assertThat(snapshot.findChoice(first.id())).contains(first);
        Choice added = newChoice(e);
        assertThat(snapshot.findChoice(added.id())).as("written through this instance: re-read").isPresent();
        assertThat(snapshot.findChoice(new ChoiceId(Long.MAX_VALUE))).isEmpty();
        assertThat(snapshot.choicesOf(e.id())).containsExactly(first, added);
    }

    @Test
    void aSnapshotReadWhileAnElectionIsBeingWrittenIsNotKeptPastTheCommit() {
        ElectionSnapshot snapshot = new ElectionSnapshot(elections, Duration.ofHours(1));
        Election e = newElection();
        assertThat(snapshot.findElection(e.id())).isPresent();
        Instant closes = Instant.now().truncatedTo(ChronoUnit.MICROS);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            elections.updateElection(new Election(e.id(), e.slug(), e.title(), e.kind(), e.stage(),
                    new VotingWindow(e.window().opensAt(), closes), e.results(), e.rules(), e.part()), closes);
            // another thread (the log's sequencer, say) reads before the commit: it sees the election unclosed
            assertThat(CompletableFuture.supplyAsync(() -> snapshot.findElection(e.id()).orElseThrow().window().closes())
                    .join()).isEmpty();
        });
        assertThat(snapshot.findElection(e.id()).orElseThrow().window().closes()).as("read again after the commit")
                .contains(closes);
    }
}
