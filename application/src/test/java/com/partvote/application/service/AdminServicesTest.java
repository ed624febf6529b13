package com.partvote.application.service;

import static com.partvote.domain.fixtures.ElectionBuilder.anElection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.partvote.application.auth.AccessDeniedException;
import com.partvote.application.auth.AccessPolicy;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ElectionView;
import com.partvote.application.port.in.ManageElectionUseCases.Step;
import com.partvote.application.port.out.AuditTrailPort;
import com.partvote.application.port.out.ClubTeamsPort;
import com.partvote.application.port.out.LoadBallotSheetPort;
import com.partvote.application.port.out.LoadChoicePort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.LoadVoterPort;
import com.partvote.application.port.out.MemberAccessPort.RoleChange;
import com.partvote.application.port.out.MemberAccessPort;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.application.service.ListElectionsService.ElectionViews;
import com.partvote.domain.audit.AuditEvent;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.IllegalTransitionException;
import com.partvote.domain.election.Stage;
import com.partvote.domain.election.rule.Voter;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.MemberName;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The admin use cases: each refuses a member before touching anything, and audits what it did. */
class AdminServicesTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final MemberAccessPort members = mock(MemberAccessPort.class);
    private final SaveElectionPort store = mock(SaveElectionPort.class);
    private final LoadElectionPort elections = mock(LoadElectionPort.class);
    private final ClubTeamsPort teams = mock(ClubTeamsPort.class);
    private final AuditTrailPort trail = mock(AuditTrailPort.class);
    private final AccessPolicy policy = new AccessPolicy(members, Set.of());
    private final AdminElections lookup = new AdminElections(elections, store);

    private final MemberId member = access(1, Role.MEMBER);
    private final MemberId admin = access(2, Role.ADMIN);

    private MemberId access(long id, Role role) {
        MemberId m = new MemberId(id);
        when(members.findAccess(m)).thenReturn(Optional.of(new MemberAccess(m, new MemberName("회원" + id),
                new Email("m" + id + "@example.com"), role, false, null)));
        return m;
    }

    @Test
    void everyAdminUseCaseRefusesAMemberBeforeTouchingAnything() {
        ElectionRef ref = ElectionRef.parse("demo");
        List<Runnable> acts = List.of(
                () -> new StepElectionService(policy, lookup, store, trail, CLOCK).step(member, ref, Step.CLOSE),
                () -> new CreateElectionService(policy, store, mock(LoadMemberPort.class), teams, trail, CLOCK).create(member, null, Map.of()),
                () -> new ViewAuditTrailService(policy, lookup, trail).audit(member, Optional.empty(), OptionalLong.empty(), 10),
                () -> new ListMembersService(policy, members).members(member),
                () -> new ChangeRoleService(policy, members, trail, CLOCK).changeRole(member, member, Role.ADMIN));
        for (Runnable act : acts) {
            assertThatThrownBy(act::run).isInstanceOfSatisfying(AccessDeniedException.class,
                    e -> assertThat(e.code()).isEqualTo("ADMIN_REQUIRED"));
        }
        verifyNoInteractions(store, elections, trail, teams);
        verify(members, never()).grantAdmin(any());
    }

    @Test
    void aStepIsDecidedOnTheLockedRowAndAudited() {
        Election open = anElection().withSlug("demo").openingAt(NOW.minusSeconds(60)).build();
        when(elections.findElectionBySlug(open.slug())).thenReturn(Optional.of(open));
        when(store.lockElection(open.id())).thenReturn(Optional.of(open));
        when(store.updateElection(any(), any())).thenAnswer(a -> a.getArgument(0));

        Election closed = new StepElectionService(policy, lookup, store, trail, CLOCK).step(admin, ElectionRef.parse("demo"), Step.CLOSE);

        assertThat(closed.window().closesAt()).isEqualTo(NOW);
        ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
        verify(trail).append(event.capture());
        assertThat(event.getValue().action()).isEqualTo("ELECTION_CLOSED");
        assertThat(event.getValue().before()).containsEntry("state", "OPEN");
        assertThat(event.getValue().after()).containsEntry("state", "CLOSED");
        assertThat(event.getValue().actor().member()).isEqualTo(admin);
    }

    @Test
    void aWrongStepChangesNothingAndIsNotAudited() {
        Election open = anElection().withSlug("demo").openingAt(NOW.minusSeconds(60)).build();
        when(elections.findElectionBySlug(open.slug())).thenReturn(Optional.of(open));
        when(store.lockElection(open.id())).thenReturn(Optional.of(open));
        assertThatThrownBy(() -> new StepElectionService(policy, lookup, store, trail, CLOCK)
                .step(admin, ElectionRef.parse("demo"), Step.PUBLISH)).isInstanceOf(IllegalTransitionException.class);
        verify(store, never()).updateElection(any(), any());
        verifyNoInteractions(trail);
    }

    @Test
    void theListOfElectionsHoldsTheDraftsForAdminsOnly() {
        Election draft = anElection().withId(1).withSlug("draft").inStage(Stage.DRAFT).build();
        Election open = anElection().withId(2).withSlug("open").openingAt(NOW.minusSeconds(60)).build();
        when(elections.allElections()).thenReturn(List.of(draft, open));
        LoadVoterPort voters = mock(LoadVoterPort.class);
        for (MemberId m : List.of(member, admin)) {
            when(voters.findVoter(m)).thenReturn(Optional.of(new Voter(m, Part.FE, null)));
        }
        ElectionViews views = new ElectionViews(new ElectionLookup(elections, voters, policy), mock(LoadChoicePort.class),
                mock(LoadBallotSheetPort.class), CLOCK);
        ListElectionsService list = new ListElectionsService(elections, views);

        assertThat(list.listElections(Optional.of(admin))).extracting(ElectionView::election).containsExactly(draft, open);
        assertThat(list.listElections(Optional.of(member))).extracting(ElectionView::election).containsExactly(open);
        assertThat(list.listElections(Optional.empty())).extracting(ElectionView::election).containsExactly(open);
    }

    @Test
    void theLastAdminIsKeptAndTheRefusalIsNotAudited() {
        when(members.revokeAdmin(admin, Set.of())).thenReturn(RoleChange.LAST_ADMIN);
        assertThatThrownBy(() -> new ChangeRoleService(policy, members, trail, CLOCK).changeRole(admin, admin, Role.MEMBER))
                .isInstanceOf(AdministrationExceptions.LastAdminException.class);
        verifyNoInteractions(trail);
    }
}
