package com.partvote.application.port.out.contract;

import static com.partvote.domain.fixtures.ChoiceBuilder.aChoice;
import static com.partvote.domain.fixtures.ElectionBuilder.anElection;
import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.application.port.out.SaveElectionPort.UpsertCounts;
import com.partvote.application.service.CandidateLinks;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.ElectionState;
import com.partvote.domain.election.Slug;
import com.partvote.domain.election.Stage;
import com.partvote.domain.fixtures.ChoiceBuilder;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Team;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Elections, their choices and the club's teams: saved by slug and key, idempotent, never
 * deleted; candidates linked to the members who are them, whichever comes first.
 */
public abstract class ElectionPortsContract extends PortContract {

    @Test
    void aSavedElectionIsFoundByIdSlugAndPartExactlyAsDeclared() {
        Election saved = newElection(anElection().withSlug("fe-leader").titled("FE 파트장").forPart(Part.FE)
                .withRules("OWN_PART_ONLY", "NOT_SELF", "MAX_CHOICES(2)").closingAt(T0.plus(Duration.ofHours(1)))
                .resultsAfterClose());

        assertThat(store.loadElection().findElection(saved.id())).contains(saved);
        assertThat(store.loadElection().findElectionBySlug(new Slug("fe-leader"))).contains(saved);
        assertThat(store.loadElection().findElectionForPart(Part.FE)).contains(saved);
        assertThat(store.loadElection().findElectionForPart(Part.BE)).isEmpty();
        assertThat(saved.rules().specs()).containsExactly("OWN_PART_ONLY", "NOT_SELF", "MAX_CHOICES(2)");
        assertThat(store.loadElection().findElection(new ElectionId(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void savingTheSameSlugAgainUpdatesTheElectionInPlace() {
        Election first = newElection(anElection().withSlug("demo-day").titled("데모데이"));
        Election again = newElection(anElection().withSlug("demo-day").titled("데모데이 2026").withRules("MAX_CHOICES(1)"));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(store.loadElection().findElection(first.id())).get()
                .satisfies(e -> {
                    assertThat(e.title()).isEqualTo("데모데이 2026");
                    assertThat(e.maxChoices()).hasValue(1);
                });
        assertThat(store.loadElection().allElections()).extracting(Election::id).containsExactly(first.id());
    }

    @Test
    void allElectionsAreListedById() {
        Election a = newElection();
        Election b = newElection();
        Election c = newElection(anElection().inStage(Stage.DRAFT).openingAt(null));
        assertThat(store.loadElection().allElections()).extracting(Election::id).containsExactly(a.id(), b.id(), c.id());
        assertThat(c.windowIfSet()).isEmpty();
    }

    @Test
    void aLifecycleStepIsStored() {
        Election e = newElection(anElection().closingAt(T0));
        Election published = store.saveElection().updateElection(e.publish(T0), T0);
        assertThat(published.stage()).isEqualTo(Stage.PUBLISHED);
        assertThat(store.loadElection().findElection(e.id()).orElseThrow().state(T0)).isEqualTo(ElectionState.PUBLISHED);
    }

    @Test
    void choicesAreUpsertedByKeyWithinTheirElectionAndNeverDeleted() {
        Election e = newElection();
        Election other = newElection();
        Map<String, ChoiceProfile> file = new LinkedHashMap<>();
        file.put("a", new ChoiceProfile("김채림", Part.FE, "포켓돈", null, null));
        file.put("b", new ChoiceProfile("신성우", Part.FE, null, 25, null));

        assertThat(store.saveElection().upsertChoices(e.id(), file, T0)).isEqualTo(new UpsertCounts(2, 0, 0));
        assertThat(store.saveElection().upsertChoices(e.id(), file, T0.plusSeconds(1))).isEqualTo(new UpsertCounts(0, 0, 2));
        assertThat(store.saveElection().upsertChoices(other.id(), file, T0)).as("the same keys in another election")
                .isEqualTo(new UpsertCounts(2, 0, 0));

        List<Choice> before = store.loadChoice().choicesOf(e.id());
        assertThat(before).extracting(Choice::name).containsExactly("김채림", "신성우");
        assertThat(before).allSatisfy(c -> assertThat(c.election()).isEqualTo(e.id()));

        Map<String, ChoiceProfile> edited = Map.of("a", new ChoiceProfile("김채림", Part.FE, "파운더", null, null));
        assertThat(store.saveElection().upsertChoices(e.id(), edited, T0.plusSeconds(2))).isEqualTo(new UpsertCounts(0, 1, 0));
        List<Choice> after = store.loadChoice().choicesOf(e.id());
        assertThat(after).as("b is not in the file any more but stays").hasSize(2);
        assertThat(after.get(0).id()).isEqualTo(before.get(0).id());
        assertThat(after.get(0).team()).contains(new Team("파운더"));
        assertThat(store.loadChoice().findChoice(before.get(1).id())).contains(before.get(1));
        assertThat(store.loadChoice().findChoice(new ChoiceId(Long.MAX_VALUE))).isEmpty();
    }

    /** {@link CandidateLinks}, the one rule, over this store: the store only keeps the links it is given. */
    @Test
    void aCandidateDeclaredForAnEmailIsTheMemberWhoeverCameFirst() {
        Election e = newElection();
        Member early = newMember(aMember().withEmail("early@example.com"));
        ChoiceBuilder afterTheMember = aChoice().declaredFor("Early@Example.com");
        Choice declaredAfter = newChoice(e, afterTheMember);
        assertThat(declaredAfter.member()).as("stored: no link of the store's own").isEmpty();
        CandidateLinks.linkDeclared(List.of(afterTheMember.profile()), store.loadMember(), store.saveElection());
        assertThat(linkOf(declaredAfter)).as("the member existed: linked at once").contains(early.id());

        Choice declaredBefore = newChoice(e, aChoice().declaredFor("late@example.com"));
        Member late = newMember(aMember().withEmail("late@example.com"));
        CandidateLinks.linkNewMember(late, store.saveElection());
        assertThat(linkOf(declaredBefore)).as("linked when the member signs up").contains(late.id());
        assertThat(store.saveElection().linkChoicesTo(new Email("late@example.com"), late.id()))
                .as("linking again changes nothing").isZero();
    }

    @Test
    void aChoiceKeepsItsLinkWhileItsDeclaredEmailStays() {
        ChoiceBuilder declared = aChoice().declaredFor("kept@example.com");
        Choice choice = newChoice(newElection(), declared);
        Member member = newMember(aMember().withEmail("kept@example.com"));
        store.saveElection().linkChoicesTo(member.email(), member.id());

        reload(choice, declared.key(), member.email());
        assertThat(linkOf(choice)).as("renamed, the same email: the link stays").contains(member.id());
        reload(choice, declared.key(), new Email("other@example.com"));
        assertThat(linkOf(choice)).as("another email: the link is gone").isEmpty();
    }

    /** The club file loaded again with this choice renamed, declared for {@code email}. */
    private void reload(Choice choice, String key, Email email) {
        store.saveElection().upsertChoices(choice.election(),
                Map.of(key, new ChoiceProfile("새 이름", Part.FE, null, null, email)), T0.plusSeconds(1));
    }

    private Optional<MemberId> linkOf(Choice choice) {
        return store.loadChoice().findChoice(choice.id()).orElseThrow().member();
    }

    @Test
    void teamsAreAddedOnceAndListedByName() {
        store.teams().saveTeams(List.of(new Team("파운더"), new Team("Mo MU")));
        store.teams().saveTeams(List.of(new Team("파운더"), new Team("All.G.")));
        assertThat(store.teams().teams()).containsExactlyInAnyOrder(new Team("파운더"), new Team("Mo MU"), new Team("All.G."));
    }

    @Test
    void aMembersTeamIsKept() {
        store.teams().saveTeams(List.of(new Team("헬시어")));
        Member member = newMember(aMember().inTeam("헬시어"));
        assertThat(store.loadMember().findMember(member.id()).orElseThrow().teamIfAny()).contains(new Team("헬시어"));
        assertThat(newMember().teamIfAny()).isEmpty();
    }
}
