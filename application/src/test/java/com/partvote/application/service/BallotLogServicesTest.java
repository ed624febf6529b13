package com.partvote.application.service;

import static com.partvote.domain.fixtures.ChoiceBuilder.aChoice;
import static com.partvote.domain.fixtures.ElectionBuilder.anElection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.out.BallotLogPort.RecordedChange;
import com.partvote.application.port.out.BallotLogPort.Sequencing;
import com.partvote.application.port.out.BallotLogPort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.LoadVoterPort;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.application.port.out.contract.TestSigner;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ResultsEmbargoedException;
import com.partvote.domain.log.BallotTracker;
import com.partvote.domain.log.LogEntry;
import com.partvote.domain.log.LogExceptions.LogEntryPendingException;
import com.partvote.domain.log.LogExceptions.TrackerNotFoundException;
import com.partvote.domain.log.LogMismatchException;
import com.partvote.domain.log.MerkleTree;
import com.partvote.domain.log.PublishedEntry;
import com.partvote.domain.log.SignedTreeHead;
import com.partvote.domain.log.TreeFrontier;
import com.partvote.domain.log.TreeHead;
import com.partvote.domain.tally.ChoiceVotes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/** The log's services over mocked ports: what they refuse, and what the sequencer's clock finds due. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class BallotLogServicesTest {

    private static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final TestSigner SIGNER = TestSigner.generate();

    @Mock LoadElectionPort elections;
    @Mock LoadVoterPort voters;
    @Mock BallotLogPort log;
    @Mock StandingsQueryPort standings;

    private ViewBallotLogService view() {
        return new ViewBallotLogService(new ElectionLookup(elections, voters), log, SIGNER, CLOCK);
    }

    private Election known(Election e) {
        when(elections.findElection(e.id())).thenReturn(Optional.of(e));
        when(elections.allElections()).thenReturn(List.of(e));
        return e;
    }

    @Test
    void entriesArePagedWithinBoundsAndHiddenWithEmbargoedResults() {
        Election live = known(anElection().build());
        assertThatThrownBy(() -> view().entries(ElectionRef.of(live.id()), -1, 10)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> view().entries(ElectionRef.of(live.id()), 0, 1001)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> view().entries(ElectionRef.of(live.id()), 0, 0)).isInstanceOf(InvalidValueException.class);
        assertThat(view().entries(ElectionRef.of(live.id()), 0, 1000).election()).isEqualTo(live.id());
        Election hidden = known(anElection().resultsAfterClose().build());
        assertThatThrownBy(() -> view().entries(ElectionRef.of(hidden.id()), 0, 10)).isInstanceOf(ResultsEmbargoedException.class);
    }

    @Test
    void aProofNeedsAKnownTrackerWhoseLatestChangeIsInTheLatestHead() {
        Election e = known(anElection().build());
        BallotTracker tracker = BallotTracker.random(new SecureRandom());
        assertThatThrownBy(() -> view().proof(ElectionRef.of(e.id()), tracker)).isInstanceOf(TrackerNotFoundException.class);

        when(log.latestChange(e.id(), tracker)).thenReturn(Optional.of(new RecordedChange(tracker, List.of(), NOW,
                OptionalLong.empty())));
        assertThatThrownBy(() -> view().proof(ElectionRef.of(e.id()), tracker)).as("pending")
                .isInstanceOf(LogEntryPendingException.class);

        when(log.latestChange(e.id(), tracker)).thenReturn(Optional.of(new RecordedChange(tracker, List.of(), NOW,
                OptionalLong.of(4))));
        when(log.latestHead(e.id())).thenReturn(Optional.of(SIGNER.sign(new TreeHead(e.id(), 4, MerkleTree.emptyRoot(), NOW))));
        assertThatThrownBy(() -> view().proof(ElectionRef.of(e.id()), tracker)).as("sequenced after the latest head")
                .isInstanceOf(LogEntryPendingException.class);
    }

    @Test
    void consistencyIsAskedBetweenSizesTheLatestHeadCovers() {
        Election e = known(anElection().build());
        when(log.latestHead(e.id())).thenReturn(Optional.of(SIGNER.sign(new TreeHead(e.id(), 3, MerkleTree.emptyRoot(), NOW))));
        assertThatThrownBy(() -> view().consistency(ElectionRef.of(e.id()), 0, 4)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> view().consistency(ElectionRef.of(e.id()), 3, 2)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theClockFindsOpenedElectionsWithoutAHeadAndClosedOnesWithoutAClosingHead() {
        Election open = anElection().openingAt(NOW.minusSeconds(60)).build();
        Election closed = anElection().openingAt(NOW.minusSeconds(60)).closingAt(NOW.minusSeconds(10)).build();
        Election future = anElection().openingAt(NOW.plusSeconds(60)).build();
        when(elections.allElections()).thenReturn(List.of(open, closed, future));
        when(elections.findElection(closed.id())).thenReturn(Optional.of(closed));
        when(log.latestHead(closed.id())).thenReturn(Optional.of(SIGNER.sign(new TreeHead(closed.id(), 2,
                MerkleTree.emptyRoot(), NOW.minusSeconds(30)))));
        SequenceLogService sequencer = new SequenceLogService(log, elections, SIGNER, CLOCK);

        assertThat(sequencer.due()).containsExactlyInAnyOrder(open.id(), closed.id());
        sequencer.sequence(closed.id());
        verify(log).sequence(eq(closed.id()), eq(Sequencing.CLOSING), any());

        when(log.latestHead(closed.id())).thenReturn(Optional.of(SIGNER.sign(new TreeHead(closed.id(), 2,
                MerkleTree.emptyRoot(), NOW))));
        when(log.latestHead(open.id())).thenReturn(Optional.of(SIGNER.sign(new TreeHead(open.id(), 0,
                MerkleTree.emptyRoot(), NOW))));
        assertThat(sequencer.due()).as("both have what they need").isEmpty();
    }

    @Test
    void publicationIsRefusedWhenTheLogDoesNotRecountToTheStandings() {
        Election e = anElection().build();
        Choice a = aChoice().in(e.id()).build();
        Choice b = aChoice().in(e.id()).build();
        List<PublishedEntry> entries = new ArrayList<>();
        TreeFrontier frontier = TreeFrontier.empty();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 3; i++) {
            LogEntry entry = new LogEntry(e.id(), i, NOW, BallotTracker.random(random), List.of(a.id()));
            entries.add(new PublishedEntry(entry, entry.leafHash()));
            frontier = frontier.append(entry.leafHash());
        }
        SignedTreeHead head = SIGNER.sign(new TreeHead(e.id(), 3, frontier.root(), NOW));
        when(log.entries(eq(e.id()), anyLong(), anyInt())).thenReturn(entries);
        when(log.heads(e.id())).thenReturn(List.of(head));
        PublicationCheck check = new PublicationCheck(log, standings, SIGNER);

        when(standings.countVotes(e.id())).thenReturn(List.of(new ChoiceVotes(a, 3), new ChoiceVotes(b, 0)));
        check.beforePublishing(e);
        verify(log).sequence(eq(e.id()), eq(Sequencing.NOW), any());

        when(standings.countVotes(e.id())).thenReturn(List.of(new ChoiceVotes(a, 2), new ChoiceVotes(b, 1)));
        assertThatThrownBy(() -> check.beforePublishing(e)).isInstanceOf(LogMismatchException.class)
                .satisfies(x -> assertThat(((LogMismatchException) x).mismatch().facts())
                        .containsEntry("choice", a.id().value()).containsEntry("reason", "the log counts 3, the results show 2"));
    }
}
