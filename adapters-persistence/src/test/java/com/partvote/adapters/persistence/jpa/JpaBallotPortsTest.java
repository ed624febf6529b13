package com.partvote.adapters.persistence.jpa;

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
import com.partvote.domain.member.Member;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

@JpaContractTest
class JpaBallotPortsTest extends BallotPortsContract {

    @Autowired
    JpaStores stores;

    @Autowired
    SqlElectionAdapter elections;

    @Autowired
    JdbcTemplate jdbc;

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
}
