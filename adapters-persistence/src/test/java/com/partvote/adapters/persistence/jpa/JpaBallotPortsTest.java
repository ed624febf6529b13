package com.partvote.adapters.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.application.port.out.ResultsQueryPort.Turnout;
import com.partvote.application.port.out.contract.BallotPortsContract;
import com.partvote.application.port.out.contract.PersistencePorts;
import com.partvote.domain.ballot.Ballot;
import com.partvote.domain.ballot.SelfVoteException;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.Part;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@JpaContractTest
class JpaBallotPortsTest extends BallotPortsContract {

    @Autowired
    JpaStores stores;

    @Autowired
    SqlCandidateAdapter candidates;

    @Override
    protected PersistencePorts freshStore() {
        return stores.fresh();
    }

    @Test
    void theDatabaseItselfRefusesAVoteForOneself() {
        Member member = newMember();
        Choice self = register("self", new ChoiceProfile("본인", Part.FE, null, null, member.email()), T0);
        assertThat(self.isMember(member.id())).isTrue();

        // straight to the port, past the service's own check: the trigger still refuses it
        assertThatThrownBy(() -> store.ballots().recordBallot(new Ballot(member.id(), self.id(), T0)))
                .isInstanceOf(SelfVoteException.class);
        assertThat(store.results().turnout()).isEqualTo(new Turnout(0, 0));
        store.ballots().recordBallot(new Ballot(newMember().id(), self.id(), T0));
        assertThat(votesFor(self)).isEqualTo(1);
    }

    @Test
    void votesReadCandidatesFromASnapshotThatKnowsNewIdsAtOnce() {
        CandidateCache cache = new CandidateCache(candidates, Duration.ofHours(1));
        Choice first = newCandidate(Part.BE);
        assertThat(cache.findCandidate(first.id())).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo(first.name()));
        Choice added = newCandidate(Part.FE);
        // not in the snapshot yet: an unknown id re-reads instead of answering "not found"
        assertThat(cache.findCandidate(added.id())).isPresent();
        assertThat(cache.findCandidate(new com.partvote.domain.choice.ChoiceId(Long.MAX_VALUE))).isEmpty();
    }
}
