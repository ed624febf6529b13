package com.partvote.domain.ballot;

import static com.partvote.domain.fixtures.BallotBuilder.aBallot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.domain.candidate.CandidateId;
import com.partvote.domain.member.MemberId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BallotBoxTest {

    @Test
    void aMemberMayVoteForSeveralCandidates() {
        BallotBox box = new BallotBox();
        box.record(aBallot().by(1).forCandidate(10).build());
        box.record(aBallot().by(1).forCandidate(11).build());
        box.record(aBallot().by(2).forCandidate(10).build());
        assertThat(box.votesFor(new CandidateId(10))).isEqualTo(2);
        assertThat(box.votesFor(new CandidateId(11))).isEqualTo(1);
        assertThat(box.votesFor(new CandidateId(12))).isZero();
        assertThat(box.ballotCount()).isEqualTo(3);
        assertThat(box.voterCount()).isEqualTo(2);
    }

    @Test
    void rejectsSecondVoteForTheSameCandidate() {
        BallotBox box = new BallotBox();
        box.record(aBallot().by(1).forCandidate(10).build());
        assertThatThrownBy(() -> box.record(aBallot().by(1).forCandidate(10).at(Instant.now()).build()))
                .isInstanceOfSatisfying(DuplicateVoteException.class, e -> assertThat(e.code()).isEqualTo("DUPLICATE_VOTE"));
        assertThat(box.votesFor(new CandidateId(10))).isEqualTo(1);
        assertThat(box.ballotCount()).isEqualTo(1);
        assertThat(box.contains(new MemberId(1), new CandidateId(10))).isTrue();
    }
}
