package com.partvote.domain.ballot;

import static com.partvote.domain.fixtures.CandidateBuilder.aCandidate;
import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.domain.candidate.Candidate;
import com.partvote.domain.member.Member;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BallotTest {

    private static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");

    @Test
    void aMemberVotesForAnotherCandidate() {
        Member voter = aMember().build();
        Candidate candidate = aCandidate().build();
        Ballot ballot = Ballot.cast(voter.id(), candidate, NOW);
        assertThat(ballot.voter()).isEqualTo(voter.id());
        assertThat(ballot.candidate()).isEqualTo(candidate.id());
        assertThat(ballot.castAt()).isEqualTo(NOW);
    }

    @Test
    void rejectsVoteForOwnCandidacy() {
        Member member = aMember().build();
        Candidate self = aCandidate().isMember(member).build();
        assertThatThrownBy(() -> Ballot.cast(member.id(), self, NOW))
                .isInstanceOfSatisfying(SelfVoteException.class, e -> assertThat(e.code()).isEqualTo("SELF_VOTE"));
    }

    @Test
    void aCandidateLinkedToSomeoneElseAcceptsTheVoter() {
        Member voter = aMember().build();
        Member other = aMember().build();
        Candidate candidate = aCandidate().isMember(other).build();
        assertThat(Ballot.cast(voter.id(), candidate, NOW).candidate()).isEqualTo(candidate.id());
    }

    @Test
    void aCandidateDeclaredForAnEmailNobodySignedUpWithAcceptsEveryone() {
        Member voter = aMember().withEmail("future@example.com").build();
        Candidate candidate = aCandidate().declaredFor("future@example.com").build();
        // not linked yet: linking happens when that member signs up
        assertThat(candidate.member()).isEmpty();
        assertThat(Ballot.cast(voter.id(), candidate, NOW)).isNotNull();
        assertThat(candidate.linkedTo(voter.id()).isMember(voter.id())).isTrue();
    }
}
