package com.partvote.application.port.out.contract;

import static com.partvote.domain.fixtures.AtOnce.atOnce;
import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.SaveMemberPort;
import com.partvote.domain.election.rule.Voter;
import com.partvote.domain.fixtures.AtOnce.Outcome;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.EmailTakenException;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.NewMember;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.PasswordHash;
import com.partvote.domain.member.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** {@link SaveMemberPort} and {@link LoadMemberPort}: ids assigned by the store, one member per email. */
public abstract class MemberPortsContract extends PortContract {

    private Member save(NewMember member) {
        return store.saveMember().saveNewMember(member);
    }

    @Test
    void aSavedMemberGetsAnIdAndIsFoundByIt() {
        NewMember registration = aMember().named("김채림").inPart(Part.BE).unsaved();
        Member saved = save(registration);
        assertThat(saved).isEqualTo(registration.withId(saved.id()));
        assertThat(store.loadMember().findMember(saved.id())).contains(saved);
    }

    @Test
    void everyMemberGetsItsOwnId() {
        Member a = save(aMember().unsaved());
        Member b = save(aMember().inPart(Part.BE).unsaved());
        Member c = save(aMember().unsaved());
        assertThat(List.of(a.id(), b.id(), c.id())).doesNotHaveDuplicates();
        assertThat(store.loadMember().findMember(a.id())).contains(a);
        assertThat(store.loadMember().findMember(b.id())).contains(b);
        assertThat(store.loadMember().findMember(c.id())).contains(c);
    }

    @Test
    void aMemberIsFoundByTheNormalizedFormOfItsEmail() {
        Member saved = save(aMember().withEmail(" Mixed.Case@Example.COM ").unsaved());
        assertThat(saved.email().value()).isEqualTo("mixed.case@example.com");
        assertThat(store.loadMember().findMemberByEmail(new Email("MIXED.case@example.com"))).contains(saved);
        assertThat(store.loadMember().findMemberByEmail(new Email("mixed.case@example.com"))).contains(saved);
    }

    @Test
    void aMemberIsFoundAsAVoterWithPartAndTeam() {
        store.teams().saveTeams(List.of(new Team("포켓돈")));
        Member inTeam = save(aMember().inPart(Part.BE).inTeam("포켓돈").unsaved());
        Member noTeam = save(aMember().inPart(Part.FE).unsaved());
        assertThat(store.loadVoter().findVoter(inTeam.id())).contains(new Voter(inTeam.id(), Part.BE, new Team("포켓돈")));
        assertThat(store.loadVoter().findVoter(noTeam.id())).contains(new Voter(noTeam.id(), Part.FE, null));
        assertThat(store.loadVoter().findVoter(new MemberId(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void unknownIdsAndEmailsFindNobody() {
        Member saved = save(aMember().unsaved());
        assertThat(store.loadMember().findMember(new MemberId(Long.MAX_VALUE))).isEmpty();
        assertThat(store.loadMember().findMemberByEmail(new Email("nobody@example.com"))).isEmpty();
        assertThat(store.loadMember().findMemberByEmail(new Email("x" + saved.email().value()))).isEmpty();
    }

    @Test
    void anEmailIsRegisteredOnceWhateverItsSpelling() {
        Member first = save(aMember().named("먼저").withEmail("taken@example.com").unsaved());
        assertThatThrownBy(() -> save(aMember().named("나중").withEmail("TAKEN@Example.com").unsaved()))
                .isInstanceOf(EmailTakenException.class);
        assertThatThrownBy(() -> save(aMember().named("또나중").withEmail("taken@example.com").unsaved()))
                .isInstanceOf(EmailTakenException.class);
        assertThat(store.loadMember().findMemberByEmail(first.email())).contains(first);
        assertThat(store.loadMember().findMember(first.id())).contains(first);
    }

    @Test
    void aRefusedRegistrationLeavesTheStoreUsable() {
        Member first = save(aMember().withEmail("again@example.com").unsaved());
        assertThatThrownBy(() -> save(aMember().withEmail("again@example.com").unsaved()))
                .isInstanceOf(EmailTakenException.class);
        Member next = save(aMember().unsaved());
        assertThat(next.id()).isNotEqualTo(first.id());
        assertThat(store.loadMember().findMember(next.id())).contains(next);
    }

    // ---- passwords --------------------------------------------------------------------------

    private static Member withHash(Member m, PasswordHash hash) {
        return new Member(m.id(), m.name(), m.email(), m.part(), m.team(), hash);
    }

    @Test
    void aPasswordHashIsReplacedWhileItIsTheExpectedOne() {
        Member saved = save(aMember().unsaved());
        PasswordHash replacement = new PasswordHash("$2a$10$replacementreplacementreplacementreplacementreplace");
        assertThat(store.saveMember().changePasswordHash(saved.id(), saved.passwordHash(), replacement)).isTrue();
        assertThat(store.loadMember().findMember(saved.id())).contains(withHash(saved, replacement));
        assertThat(store.loadMember().findMemberByEmail(saved.email())).contains(withHash(saved, replacement));
    }

    @Test
    void aStaleExpectedHashOrAnUnknownMemberChangesNothing() {
        Member saved = save(aMember().unsaved());
        PasswordHash replacement = new PasswordHash("$2a$10$replacementreplacementreplacementreplacementreplace");
        assertThat(store.saveMember().changePasswordHash(saved.id(), new PasswordHash("$2a$10$stale"), replacement)).isFalse();
        assertThat(store.saveMember().changePasswordHash(new MemberId(Long.MAX_VALUE), saved.passwordHash(), replacement))
                .isFalse();
        assertThat(store.loadMember().findMember(saved.id())).contains(saved);
        assertThat(store.loadMember().findMemberByEmail(saved.email())).contains(saved);
    }

    @Test
    void ofConcurrentChangesFromOneHashExactlyOneWins() {
        Member saved = save(aMember().unsaved());
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            PasswordHash replacement = new PasswordHash("$2a$10$concurrent" + i);
            tasks.add(() -> store.saveMember().changePasswordHash(saved.id(), saved.passwordHash(), replacement));
        }
        List<Outcome<Boolean>> outcomes = atOnce(THREADS, tasks);
        assertThat(failures(outcomes)).isEmpty();
        assertThat(outcomes.stream().filter(Outcome::value).count()).isEqualTo(1);
        int winner = outcomes.indexOf(outcomes.stream().filter(Outcome::value).findFirst().orElseThrow());
        assertThat(store.loadMember().findMember(saved.id())).map(Member::passwordHash)
                .contains(new PasswordHash("$2a$10$concurrent" + winner));
    }

    // ---- concurrency ------------------------------------------------------------------------

    @Test
    void twoConcurrentSavesOfOneEmailExactlyOneWins() {
        for (int round = 0; round < 20; round++) {
            String email = "pair" + round + "@example.com";
            List<Callable<Member>> two = List.of(
                    () -> save(aMember().named("왼쪽").withEmail(email).unsaved()),
                    () -> save(aMember().named("오른쪽").withEmail(email.toUpperCase()).unsaved()));
            List<Outcome<Member>> outcomes = atOnce(2, two);
            assertThat(successes(outcomes)).as("round %d", round).hasSize(1);
            assertThat(failures(outcomes)).singleElement().isInstanceOf(EmailTakenException.class);
            Member winner = successes(outcomes).get(0).value();
            assertThat(store.loadMember().findMemberByEmail(new Email(email))).contains(winner);
        }
    }

    @Test
    void manyConcurrentSavesOfOneEmailExactlyOneWins() {
        for (int round = 0; round < 10; round++) {
            String email = "race" + round + "@example.com";
            List<Callable<Member>> tasks = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                String name = "경쟁자" + i;
                tasks.add(() -> save(aMember().named(name).withEmail(email).unsaved()));
            }
            List<Outcome<Member>> outcomes = atOnce(THREADS, tasks);
            assertThat(successes(outcomes)).as("round %d", round).hasSize(1);
            assertThat(failures(outcomes)).hasSize(THREADS - 1)
                    .allSatisfy(e -> assertThat(e).isInstanceOf(EmailTakenException.class));
            Member winner = successes(outcomes).get(0).value();
            assertThat(store.loadMember().findMemberByEmail(new Email(email))).contains(winner);
            assertThat(store.loadMember().findMember(winner.id())).contains(winner);
        }
    }

    @Test
    void concurrentSavesOfDifferentEmailsAllSucceedWithDistinctIds() {
        List<Callable<Member>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS * 4; i++) {
            tasks.add(() -> save(aMember().unsaved()));
        }
        List<Outcome<Member>> outcomes = atOnce(THREADS, tasks);
        assertThat(failures(outcomes)).isEmpty();
        List<Member> members = outcomes.stream().map(Outcome::value).toList();
        assertThat(members.stream().map(Member::id)).doesNotHaveDuplicates();
        for (Member m : members) {
            assertThat(store.loadMember().findMember(m.id())).contains(m);
            assertThat(store.loadMember().findMemberByEmail(m.email())).contains(m);
        }
    }
}
