package com.partvote.application.port.out.contract;

import static com.partvote.domain.fixtures.CandidateBuilder.aCandidate;
import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.application.port.out.LoadCandidatePort;
import com.partvote.application.port.out.SaveCandidatesPort;
import com.partvote.application.port.out.SaveCandidatesPort.UpsertCounts;
import com.partvote.domain.candidate.Candidate;
import com.partvote.domain.candidate.CandidateId;
import com.partvote.domain.candidate.CandidateProfile;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.Part;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link SaveCandidatesPort} and {@link LoadCandidatePort}: candidates upserted under the stable
 * key of the operator's file, never deleted, and linked to the member whose email they declare.
 * Candidates are looked up through the results query, which lists every candidate of a part.
 */
public abstract class CandidatePortsContract extends PortContract {

    private static final Instant T1 = T0.plus(Duration.ofHours(1));
    private static final Instant T2 = T0.plus(Duration.ofHours(2));

    private UpsertCounts upsert(Map<String, CandidateProfile> profiles, Instant now) {
        return store.saveCandidates().upsertCandidates(profiles, now);
    }

    private Candidate find(CandidateId id) {
        return store.loadCandidate().findCandidate(id).orElseThrow(() -> new AssertionError("no candidate " + id));
    }

    private static CandidateProfile profile(String name, Part part, String team, Integer age, Member member) {
        return new CandidateProfile(name, part, team, age, member == null ? null : member.email());
    }

    private Candidate byName(Part part, String name) {
        List<Candidate> found = candidatesOf(part).stream().filter(c -> c.name().equals(name)).toList();
        assertThat(found).as("candidates named %s in %s", name, part).hasSize(1);
        return found.get(0);
    }

    @Test
    void newProfilesAreInsertedAndFoundById() {
        Map<String, CandidateProfile> file = new LinkedHashMap<>();
        file.put("fe-1", profile("김채림", Part.FE, "포켓돈", 27, null));
        file.put("fe-2", profile("신성우", Part.FE, null, null, null));
        file.put("be-1", profile("주어진사랑", Part.BE, "Mo MU", null, null));

        assertThat(upsert(file, T0)).isEqualTo(new UpsertCounts(3, 0, 0));

        Candidate chaerim = byName(Part.FE, "김채림");
        assertThat(chaerim.profile()).isEqualTo(file.get("fe-1"));
        assertThat(chaerim.member()).isEmpty();
        assertThat(chaerim.createdAt()).isEqualTo(T0);
        assertThat(chaerim.updatedAt()).isEqualTo(T0);
        assertThat(find(chaerim.id())).isEqualTo(chaerim);
        assertThat(find(byName(Part.FE, "신성우").id()).profile()).isEqualTo(file.get("fe-2"));
        assertThat(find(byName(Part.BE, "주어진사랑").id()).profile()).isEqualTo(file.get("be-1"));
        assertThat(candidatesOf(Part.FE)).hasSize(2);
        assertThat(candidatesOf(Part.BE)).hasSize(1);
        assertThat(List.of(chaerim.id(), byName(Part.FE, "신성우").id(), byName(Part.BE, "주어진사랑").id()))
                .doesNotHaveDuplicates();
    }

    @Test
    void loadingTheSameProfilesAgainChangesNothing() {
        Map<String, CandidateProfile> file = new LinkedHashMap<>();
        file.put("fe-1", profile("김채림", Part.FE, "포켓돈", 27, null));
        file.put("be-1", profile("김경민", Part.BE, null, null, null));
        upsert(file, T0);
        List<Candidate> before = List.of(byName(Part.FE, "김채림"), byName(Part.BE, "김경민"));

        assertThat(upsert(file, T1)).isEqualTo(new UpsertCounts(0, 0, 2));
        assertThat(upsert(new LinkedHashMap<>(file), T2)).isEqualTo(new UpsertCounts(0, 0, 2));

        assertThat(List.of(byName(Part.FE, "김채림"), byName(Part.BE, "김경민"))).isEqualTo(before);
        assertThat(candidatesOf(Part.FE)).hasSize(1);
        assertThat(candidatesOf(Part.BE)).hasSize(1);
    }

    @Test
    void aChangedProfileIsUpdatedInPlaceUnderItsKey() {
        Map<String, CandidateProfile> file = new LinkedHashMap<>();
        file.put("fe-1", profile("김채림", Part.FE, "포켓돈", 27, null));
        file.put("fe-2", profile("신성우", Part.FE, null, null, null));
        file.put("fe-3", profile("오민지", Part.FE, "Mo MU", null, null));
        upsert(file, T0);
        Candidate chaerim = byName(Part.FE, "김채림");
        Candidate seongwoo = byName(Part.FE, "신성우");

        Map<String, CandidateProfile> edited = new LinkedHashMap<>(file);
        edited.put("fe-1", profile("김채림", Part.FE, "파운더", 28, null));
        edited.put("fe-2", profile("신성우2", Part.BE, null, null, null));
        assertThat(upsert(edited, T1)).isEqualTo(new UpsertCounts(0, 2, 1));

        Candidate chaerimAfter = find(chaerim.id());
        assertThat(chaerimAfter.profile()).isEqualTo(edited.get("fe-1"));
        assertThat(chaerimAfter.createdAt()).isEqualTo(T0);
        assertThat(chaerimAfter.updatedAt()).isEqualTo(T1);
        Candidate moved = find(seongwoo.id());
        assertThat(moved.name()).isEqualTo("신성우2");
        assertThat(moved.part()).isEqualTo(Part.BE);
        assertThat(idsOf(Part.FE)).containsExactlyInAnyOrder(chaerim.id(), byName(Part.FE, "오민지").id());
        assertThat(idsOf(Part.BE)).containsExactly(seongwoo.id());
        assertThat(byName(Part.FE, "오민지").updatedAt()).as("unchanged").isEqualTo(T0);
    }

    @Test
    void theKeyNotTheNameIsTheIdentity() {
        Map<String, CandidateProfile> file = new LinkedHashMap<>();
        file.put("a", profile("동명이인", Part.FE, "포켓돈", null, null));
        file.put("b", profile("동명이인", Part.FE, "파운더", null, null));
        assertThat(upsert(file, T0)).isEqualTo(new UpsertCounts(2, 0, 0));
        assertThat(candidatesOf(Part.FE)).hasSize(2).extracting(c -> c.profile().team())
                .containsExactlyInAnyOrder("포켓돈", "파운더");
    }

    @Test
    void candidatesLeftOutOfALaterLoadAreKept() {
        Map<String, CandidateProfile> file = new LinkedHashMap<>();
        file.put("fe-1", profile("김채림", Part.FE, null, null, null));
        file.put("fe-2", profile("신성우", Part.FE, null, null, null));
        upsert(file, T0);
        Candidate dropped = byName(Part.FE, "김채림");

        assertThat(upsert(Map.of("fe-2", file.get("fe-2")), T1)).isEqualTo(new UpsertCounts(0, 0, 1));
        assertThat(find(dropped.id())).isEqualTo(dropped);
        assertThat(candidatesOf(Part.FE)).hasSize(2);
    }

    @Test
    void anEmptyLoadChangesNothing() {
        newCandidate(Part.FE);
        assertThat(upsert(Map.of(), T1)).isEqualTo(new UpsertCounts(0, 0, 0));
        assertThat(candidatesOf(Part.FE)).hasSize(1);
    }

    @Test
    void unknownIdsFindNothing() {
        newCandidate(Part.BE);
        assertThat(store.loadCandidate().findCandidate(new CandidateId(Long.MAX_VALUE))).isEmpty();
    }

    // ---- links to members -------------------------------------------------------------------

    @Test
    void aProfileWithAMembersEmailIsLinkedToThatMember() {
        Member member = newMember(Part.BE);
        Candidate candidate = newCandidate(aCandidate().inPart(Part.BE).isMember(member));
        assertThat(candidate.member()).contains(member.id());
        assertThat(candidate.profile().linkedEmail()).contains(member.email());
        assertThat(find(candidate.id()).isMember(member.id())).isTrue();
    }

    @Test
    void aProfileWithAnEmailNobodyRegisteredIsNotLinked() {
        Candidate candidate = newCandidate(aCandidate().declaredFor("later@example.com"));
        assertThat(candidate.member()).isEmpty();
        assertThat(candidate.profile().linkedEmail()).contains(new Email("later@example.com"));
    }

    @Test
    void aMemberWhoSignsUpLaterIsLinkedToEveryCandidateDeclaredWithTheirEmail() {
        Candidate fe = newCandidate(aCandidate().inPart(Part.FE).declaredFor("late@example.com"));
        Candidate be = newCandidate(aCandidate().inPart(Part.BE).declaredFor("late@example.com"));
        Candidate other = newCandidate(aCandidate().inPart(Part.FE).declaredFor("someone.else@example.com"));
        Candidate nobody = newCandidate(Part.FE);

        Member member = store.saveMember().saveNewMember(aMember().withEmail("late@example.com").unsaved());
        assertThat(store.saveCandidates().linkCandidatesTo(member.email(), member.id())).isEqualTo(2);

        assertThat(find(fe.id()).member()).contains(member.id());
        assertThat(find(be.id()).member()).contains(member.id());
        assertThat(find(other.id()).member()).isEmpty();
        assertThat(find(nobody.id()).member()).isEmpty();
        assertThat(find(fe.id()).profile()).isEqualTo(fe.profile());
        assertThat(store.saveCandidates().linkCandidatesTo(member.email(), member.id())).as("linking again").isZero();
    }

    @Test
    void linkingAnEmailNoCandidateDeclaresChangesNothing() {
        Candidate candidate = newCandidate(Part.FE);
        Member member = newMember();
        assertThat(store.saveCandidates().linkCandidatesTo(member.email(), member.id())).isZero();
        assertThat(find(candidate.id())).isEqualTo(candidate);
    }

    @Test
    void reloadingALinkedCandidateKeepsTheLink() {
        CandidateProfile declared = aCandidate().declaredFor("later2@example.com").profile();
        upsert(Map.of("self", declared), T0);
        Member member = store.saveMember().saveNewMember(aMember().withEmail("later2@example.com").unsaved());
        store.saveCandidates().linkCandidatesTo(member.email(), member.id());

        assertThat(upsert(Map.of("self", declared), T1)).isEqualTo(new UpsertCounts(0, 0, 1));
        assertThat(byName(declared.part(), declared.name()).member()).contains(member.id());
    }

    @Test
    void reloadingLinksAMemberWhoSignedUpSinceTheLastLoad() {
        CandidateProfile declared = aCandidate().declaredFor("between@example.com").profile();
        upsert(Map.of("between", declared), T0);
        Member member = store.saveMember().saveNewMember(aMember().withEmail("between@example.com").unsaved());

        assertThat(upsert(Map.of("between", declared), T1)).isEqualTo(new UpsertCounts(0, 1, 0));
        Candidate linked = byName(declared.part(), declared.name());
        assertThat(linked.member()).contains(member.id());
        assertThat(linked.updatedAt()).isEqualTo(T1);
    }

    @Test
    void changingTheDeclaredEmailMovesOrDropsTheLink() {
        Member first = newMember();
        Member second = newMember();
        String key = "moving";
        Candidate candidate = register(key, profile("이동후보", Part.FE, null, null, first), T0);
        assertThat(candidate.member()).contains(first.id());

        assertThat(upsert(Map.of(key, profile("이동후보", Part.FE, null, null, second)), T1))
                .isEqualTo(new UpsertCounts(0, 1, 0));
        assertThat(find(candidate.id()).member()).contains(second.id());

        assertThat(upsert(Map.of(key, profile("이동후보", Part.FE, null, null, null)), T2))
                .isEqualTo(new UpsertCounts(0, 1, 0));
        assertThat(find(candidate.id()).member()).isEmpty();
        assertThat(find(candidate.id()).profile().linkedEmail()).isEmpty();
    }
}
