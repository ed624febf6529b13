package com.partvote.application.port.out.contract;

import static com.partvote.domain.fixtures.AtOnce.atOnce;
import static com.partvote.domain.fixtures.ElectionBuilder.anElection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.application.auth.AccessDeniedException;
import com.partvote.application.port.out.MemberAccessPort.RoleChange;
import com.partvote.application.port.out.SaveElectionPort.UpsertCounts;
import com.partvote.application.port.out.VoterRollPort.RollCounts;
import com.partvote.domain.audit.Actor;
import com.partvote.domain.audit.AuditEntry;
import com.partvote.domain.audit.AuditEvent;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.SlugTakenException;
import com.partvote.domain.election.Stage;
import com.partvote.domain.fixtures.AtOnce.Outcome;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberName;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Role;
import com.partvote.domain.member.RollEntry;
import com.partvote.domain.member.Team;
import com.partvote.domain.session.SessionId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Roles, the audit trail and admin-managed elections: {@code MemberAccessPort}, {@code AuditTrailPort}, {@code SaveElectionPort}. */
public abstract class AdministrationPortsContract extends PortContract {

    @Test
    void aMemberStartsAsMemberAndAGrantedRoleIsStored() {
        Member m = newMember();
        assertThat(store.access().findAccess(m.id()).orElseThrow().storedRole()).isEqualTo(Role.MEMBER);
        assertThat(store.access().grantAdmin(m.id())).isTrue();
        assertThat(store.access().findAccess(m.id()).orElseThrow().storedRole()).isEqualTo(Role.ADMIN);
        assertThat(store.access().allMembers()).extracting(a -> a.id()).contains(m.id());
    }

    @Test
    void theLastAdminKeepsTheRoleUnlessAConfiguredOneRemains() {
        Member a = newMember();
        store.access().grantAdmin(a.id());
        assertThat(store.access().revokeAdmin(a.id(), Set.of())).isEqualTo(RoleChange.LAST_ADMIN);
        assertThat(store.access().findAccess(a.id()).orElseThrow().storedRole()).isEqualTo(Role.ADMIN);
        Member configured = newMember();
        assertThat(store.access().revokeAdmin(a.id(), Set.of(configured.email()))).isEqualTo(RoleChange.CHANGED);
        assertThat(store.access().findAccess(a.id()).orElseThrow().storedRole()).isEqualTo(Role.MEMBER);
    }

    @Test
    void twoAdminsRevokingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        for (int round = 0; round < 5; round++) {
            Member a = newMember();
            Member b = newMember();
            store.access().grantAdmin(a.id());
            store.access().grantAdmin(b.id());
            List<Callable<RoleChange>> both = List.of(() -> store.access().revokeAdmin(a.id(), Set.of()),
                    () -> store.access().revokeAdmin(b.id(), Set.of()));
            List<Outcome<RoleChange>> outcomes = atOnce(2, both);
            assertThat(failures(outcomes)).isEmpty();
            assertThat(outcomes).extracting(Outcome::value).containsExactlyInAnyOrder(RoleChange.CHANGED, RoleChange.LAST_ADMIN);
            assertThat(List.of(a, b)).filteredOn(m -> store.access().findAccess(m.id()).orElseThrow().storedRole() == Role.ADMIN)
                    .hasSize(1);
            store.access().revokeAdmin(a.id(), Set.of(newMember().email())); // leave no admin for the next round
            store.access().revokeAdmin(b.id(), Set.of(newMember().email()));
        }
    }

    @Test
    void aDisabledMemberCannotOpenASessionAndAnEnabledOneCan() {
        Member m = newMember();
        assertThat(store.access().setDisabled(m.id(), T0)).isTrue();
        assertThat(store.access().findAccess(m.id()).orElseThrow().disabledAt()).isEqualTo(T0);
        assertThatThrownBy(() -> store.sessions().openSession(SessionId.random(), m.id(), T0, "hash-" + m.id().value(),
                T0.plusSeconds(3600))).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.code()).isEqualTo("ACCOUNT_DISABLED"));
        assertThat(store.access().setDisabled(m.id(), null)).isTrue();
        store.sessions().openSession(SessionId.random(), m.id(), T0, "hash2-" + m.id().value(), T0.plusSeconds(3600));
        assertThat(store.sessions().liveSessionsOf(m.id(), T0)).hasSize(1);
    }

    @Test
    void theTrailPagesNewestFirstAndWritesAClockTransitionOnce() {
        Election e = newElection();
        Actor admin = Actor.member(newMember().id(), "관리자");
        for (String action : List.of("ELECTION_CREATED", "ELECTION_EDITED", "ELECTION_SCHEDULED")) {
            store.audit().append(new AuditEvent(T0, admin, action, e.id(), e.slug().value(), Map.of("state", "DRAFT"),
                    Map.of("state", "SCHEDULED", "title", "제목")));
        }
        AuditEvent opened = new AuditEvent(T0, Actor.CLOCK, "ELECTION_OPENED", e.id(), T0.toString(), Map.of(), Map.of());
        assertThat(store.audit().appendOnce(opened)).isTrue();
        assertThat(store.audit().appendOnce(opened)).as("the second instance to notice").isFalse();

        List<AuditEntry> page = store.audit().page(Optional.of(e.id()), OptionalLong.empty(), 2);
        assertThat(page).extracting(p -> p.event().action()).containsExactly("ELECTION_OPENED", "ELECTION_SCHEDULED");
        List<AuditEntry> next = store.audit().page(Optional.of(e.id()), OptionalLong.of(page.get(1).seq()), 10);
        assertThat(next).extracting(p -> p.event().action()).containsExactly("ELECTION_EDITED", "ELECTION_CREATED");
        AuditEvent stored = next.get(0).event();
        assertThat(stored.actor()).isEqualTo(admin);
        assertThat(stored.after()).isEqualTo(Map.of("state", "SCHEDULED", "title", "제목"));
        assertThat(stored.before()).isEqualTo(Map.of("state", "DRAFT"));
        assertThat(page.get(0).event().actor()).isEqualTo(Actor.CLOCK);
    }

    @Test
    void anAdminCreatedElectionIsNeverOverwrittenByTheClubFile() {
        Election draft = anElection().inStage(Stage.DRAFT).build();
        Election created = store.saveElection().createElection(spec(draft), T0);
        assertThatThrownBy(() -> store.saveElection().createElection(spec(draft), T0)).isInstanceOf(SlugTakenException.class);
        store.saveElection().replaceChoices(created.id(), Map.of("a", new ChoiceProfile("김채림", null, null, null, null)), T0);

        Election fromFile = anElection().withSlug(draft.slug().value()).titled("파일의 제목").build();
        Election after = store.saveElection().saveElection(spec(fromFile), T0.plusSeconds(1));
        assertThat(after.title()).isEqualTo(created.title());
        assertThat(after.stage()).isEqualTo(Stage.DRAFT);
        UpsertCounts counts = store.saveElection().upsertChoices(created.id(),
                Map.of("b", new ChoiceProfile("신성우", null, null, null, null)), T0.plusSeconds(1));
        assertThat(counts.inserted()).isZero();
        assertThat(store.loadChoice().choicesOf(created.id())).extracting(c -> c.name()).containsExactly("김채림");
    }

    @Test
    void aDraftsChoicesAreReplacedByKeyAndAnUpdateMarksItAdminManaged() {
        Election e = newElection(anElection().inStage(Stage.DRAFT));
        store.saveElection().replaceChoices(e.id(), Map.of("a", new ChoiceProfile("김채림", null, null, null, null),
                "b", new ChoiceProfile("신성우", null, null, null, null)), T0);
        store.saveElection().replaceChoices(e.id(), Map.of("b", new ChoiceProfile("신성우2", null, null, null, null)), T0);
        assertThat(store.loadChoice().choicesOf(e.id())).extracting(c -> c.name()).containsExactly("신성우2");

        Election locked = store.saveElection().lockElection(e.id()).orElseThrow();
        Election renamed = new Election(locked.id(), locked.slug(), "관리자가 바꾼 제목", locked.kind(), locked.stage(),
                locked.window(), locked.results(), locked.rules(), locked.part());
        store.saveElection().updateElection(renamed, T0);
        Election again = store.saveElection().saveElection(spec(anElection().withSlug(e.slug().value()).build()), T0);
        assertThat(again.title()).as("changed through the API: the file leaves it").isEqualTo("관리자가 바꾼 제목");
    }

    @Test
    void theRollIsUpsertedByCanonicalEmailAndAnUnchangedUploadChangesNothing() {
        store.teams().saveTeams(List.of(new Team("포켓돈")));
        List<RollEntry> file = List.of(
                new RollEntry(new Email("Kim@Example.com"), new MemberName("김채림"), Part.FE, new Team("포켓돈")),
                new RollEntry(new Email("lee@example.com"), new MemberName("이수"), Part.BE, null));
        assertThat(store.roll().upsert(file, T0)).isEqualTo(new RollCounts(2, 0, 0));
        assertThat(store.roll().upsert(file, T0.plusSeconds(1))).isEqualTo(new RollCounts(0, 0, 2));
        RollEntry moved = new RollEntry(new Email("lee@example.com"), new MemberName("이수"), Part.FE, null);
        assertThat(store.roll().upsert(List.of(moved), T0.plusSeconds(2))).isEqualTo(new RollCounts(0, 1, 0));
        assertThat(store.roll().findEntry(new Email("KIM@example.com"))).contains(file.get(0));
        assertThat(store.roll().entries()).containsExactly(file.get(0), moved);
        assertThat(store.roll().remove(new Email("kim@example.com"))).isTrue();
        assertThat(store.roll().remove(new Email("kim@example.com"))).isFalse();
        assertThat(store.roll().entries()).containsExactly(moved);
    }
}
