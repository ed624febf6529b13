package com.partvote.adapters.persistence.postgres;

import static com.partvote.domain.fixtures.ElectionBuilder.anElection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.application.port.out.BallotLogPort.Sequencing;
import com.partvote.application.port.out.contract.BallotLogPortsContract;
import com.partvote.application.port.out.contract.PersistencePorts;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.election.Election;
import com.partvote.domain.member.Member;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresContractTest
class PostgresBallotLogPortsTest extends BallotLogPortsContract {

    @Autowired
    PostgresStores stores;

    @Autowired
    JdbcTemplate jdbc;

    @Override
    protected PersistencePorts freshStore() {
        return stores.fresh();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteASequencedEntryOrAHead() {
        Election e = newElection(anElection());
        Choice a = newChoice(e);
        Member voter = newMember();
        store.ballots().addChoice(e, voter.id(), a.id());
        store.log().sequence(e.id(), Sequencing.NOW, SIGNER);

        assertThatThrownBy(() -> jdbc.update("UPDATE ballot_log SET choices = '{}' WHERE election_id = ?", e.id().value()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("UPDATE ballot_log SET leaf_index = 5 WHERE election_id = ?", e.id().value()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM ballot_log WHERE election_id = ?", e.id().value()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("UPDATE ballot_log_head SET tree_size = 9 WHERE election_id = ?", e.id().value()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM ballot_log_head WHERE election_id = ?", e.id().value()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(store.log().entries(e.id(), 0, 10)).hasSize(1);
    }

    @Test
    void thePublicLogHoldsNoMemberIdOnlyTheTrackerTableDoes() {
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name IN "
                + "('ballot_log', 'ballot_log_head')", String.class)).doesNotContain("member_id", "voter_id");
    }
}
