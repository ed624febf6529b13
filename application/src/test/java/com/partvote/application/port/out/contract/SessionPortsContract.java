package com.partvote.application.port.out.contract;

import static com.partvote.domain.fixtures.AtOnce.atOnce;
import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.application.auth.RefreshTokenCodec;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.TokenDenyListPort;
import com.partvote.domain.fixtures.AtOnce.Outcome;
import com.partvote.domain.member.Member;
import com.partvote.domain.session.RefreshToken;
import com.partvote.domain.session.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * {@link SessionPort} and {@link TokenDenyListPort}: sessions with rotating refresh tokens (each
 * rotated at most once), revocation, and the deny list of access tokens.
 */
public abstract class SessionPortsContract extends PortContract {

    private static final Duration TTL = Duration.ofDays(14);
    private static final RefreshTokenCodec TOKENS = new RefreshTokenCodec();

    /** A hash as the application stores it: of a fresh random token. */
    protected static String newHash() {
        return RefreshTokenCodec.hash(TOKENS.newToken());
    }

    private SessionPort sessions() {
        return store.sessions();
    }

    private TokenDenyListPort denyList() {
        return store.denyList();
    }

    private record Opened(SessionId session, Member member, String hash) {
    }

    private Opened open(Instant now, Instant expiresAt) {
        Member member = newMember();
        SessionId session = SessionId.random();
        String hash = newHash();
        sessions().openSession(session, member.id(), now, hash, expiresAt);
        return new Opened(session, member, hash);
    }

    // ---- sessions and refresh tokens ---------------------------------------------------------

    @Test
    void anOpenedSessionsTokenIsFoundByItsHash() {
        Opened s = open(T0, T0.plus(TTL));
        assertThat(sessions().findRefreshToken(s.hash())).contains(
                new RefreshToken(s.hash(), s.session(), s.member().id(), T0, T0.plus(TTL), null, false));
        assertThat(sessions().isSessionRevoked(s.session())).isFalse();
    }

    @Test
    void anUnknownHashFindsNothing() {
        open(T0, T0.plus(TTL));
        assertThat(sessions().findRefreshToken(newHash())).isEmpty();
    }

    @Test
    void aMemberMayHoldSeveralSessions() {
        Member member = newMember();
        SessionId phone = SessionId.random();
        SessionId laptop = SessionId.random();
        String phoneHash = newHash();
        String laptopHash = newHash();
        sessions().openSession(phone, member.id(), T0, phoneHash, T0.plus(TTL));
        sessions().openSession(laptop, member.id(), T0.plusSeconds(5), laptopHash, T0.plus(TTL));
        assertThat(sessions().findRefreshToken(phoneHash)).hasValueSatisfying(t -> assertThat(t.session()).isEqualTo(phone));
        assertThat(sessions().findRefreshToken(laptopHash)).hasValueSatisfying(t -> assertThat(t.session()).isEqualTo(laptop));

        sessions().revokeSession(phone, T0.plusSeconds(10));
        assertThat(sessions().isSessionRevoked(phone)).isTrue();
        assertThat(sessions().isSessionRevoked(laptop)).isFalse();
        assertThat(sessions().findRefreshToken(laptopHash)).hasValueSatisfying(t -> assertThat(t.sessionRevoked()).isFalse());
    }

    @Test
    void rotatingRetiresTheOldTokenAndStoresTheNewOneInTheSameSession() {
        Opened s = open(T0, T0.plus(TTL));
        Instant later = T0.plus(Duration.ofHours(3));
        String next = newHash();
        assertThat(sessions().rotateRefreshToken(s.hash(), next, later, later.plus(TTL))).isTrue();

        assertThat(sessions().findRefreshToken(s.hash())).contains(
                new RefreshToken(s.hash(), s.session(), s.member().id(), T0, T0.plus(TTL), later, false));
        assertThat(sessions().findRefreshToken(next)).contains(
                new RefreshToken(next, s.session(), s.member().id(), later, later.plus(TTL), null, false));
        assertThat(sessions().isSessionRevoked(s.session())).isFalse();
    }

    @Test
    void aTokenIsRotatedOnlyOnce() {
        Opened s = open(T0, T0.plus(TTL));
        String first = newHash();
        String second = newHash();
        assertThat(sessions().rotateRefreshToken(s.hash(), first, T0.plusSeconds(60), T0.plus(TTL))).isTrue();
        assertThat(sessions().rotateRefreshToken(s.hash(), second, T0.plusSeconds(61), T0.plus(TTL))).isFalse();
        assertThat(sessions().findRefreshToken(second)).as("the losing rotation stores nothing").isEmpty();
        assertThat(sessions().findRefreshToken(first)).hasValueSatisfying(t -> assertThat(t.rotated()).isFalse());
        // the new token rotates in its turn
        String third = newHash();
        assertThat(sessions().rotateRefreshToken(first, third, T0.plusSeconds(62), T0.plus(TTL))).isTrue();
        assertThat(sessions().findRefreshToken(third)).hasValueSatisfying(t -> assertThat(t.session()).isEqualTo(s.session()));
    }

    @Test
    void anotherTokenCanJoinALiveSessionButNotARevokedOne() {
        Opened s = open(T0, T0.plus(TTL));
        String sibling = newHash();
        Instant later = T0.plus(Duration.ofDays(1));
        assertThat(sessions().addRefreshToken(s.session(), sibling, later, later.plus(TTL))).isTrue();
        assertThat(sessions().findRefreshToken(sibling)).contains(
                new RefreshToken(sibling, s.session(), s.member().id(), later, later.plus(TTL), null, false));
        assertThat(sessions().purgeExpiredSessions(T0.plus(TTL).plusSeconds(1))).as("extended by the sibling").isZero();

        sessions().revokeSession(s.session(), later.plusSeconds(1));
        String late = newHash();
        assertThat(sessions().addRefreshToken(s.session(), late, later.plusSeconds(2), later.plus(TTL))).isFalse();
        assertThat(sessions().findRefreshToken(late)).isEmpty();
    }

    @Test
    void rotatingAnUnknownHashChangesNothing() {
        String next = newHash();
        assertThat(sessions().rotateRefreshToken(newHash(), next, T0, T0.plus(TTL))).isFalse();
        assertThat(sessions().findRefreshToken(next)).isEmpty();
    }

    @Test
    void revokingASessionMarksEveryOneOfItsTokens() {
        Opened s = open(T0, T0.plus(TTL));
        String next = newHash();
        sessions().rotateRefreshToken(s.hash(), next, T0.plusSeconds(60), T0.plus(TTL));
        sessions().revokeSession(s.session(), T0.plusSeconds(120));

        assertThat(sessions().isSessionRevoked(s.session())).isTrue();
        assertThat(sessions().findRefreshToken(s.hash())).hasValueSatisfying(t -> assertThat(t.sessionRevoked()).isTrue());
        assertThat(sessions().findRefreshToken(next)).hasValueSatisfying(t -> {
            assertThat(t.sessionRevoked()).isTrue();
            assertThat(t.judge(T0.plusSeconds(121), Duration.ofSeconds(30))).isEqualTo(RefreshToken.Verdict.REVOKED);
        });
    }

    @Test
    void revokingIsIdempotentAndUnknownSessionsCountAsRevoked() {
        Opened s = open(T0, T0.plus(TTL));
        sessions().revokeSession(s.session(), T0.plusSeconds(1));
        sessions().revokeSession(s.session(), T0.plusSeconds(2));
        assertThat(sessions().isSessionRevoked(s.session())).isTrue();

        SessionId unknown = SessionId.random();
        sessions().revokeSession(unknown, T0);
        assertThat(sessions().isSessionRevoked(unknown)).isTrue();
        assertThat(sessions().isSessionRevoked(SessionId.random())).isTrue();
    }

    @Test
    void purgingDeletesExactlyTheSessionsWhoseEveryTokenExpired() {
        Instant now = T0.plus(Duration.ofDays(30));
        Opened expired = open(T0, now.minusSeconds(1));
        Opened alsoExpired = open(T0, T0.plus(TTL));
        Opened live = open(T0, now.plus(TTL));
        Opened endsExactlyNow = open(T0, now);
        // rotated before its first token expired: the newest token keeps the session alive
        Opened rotated = open(T0, T0.plus(TTL));
        String rotatedNext = newHash();
        sessions().rotateRefreshToken(rotated.hash(), rotatedNext, T0.plus(Duration.ofDays(10)), now.plusSeconds(3600));

        assertThat(sessions().purgeExpiredSessions(now)).isEqualTo(2);

        assertThat(sessions().findRefreshToken(expired.hash())).isEmpty();
        assertThat(sessions().findRefreshToken(alsoExpired.hash())).isEmpty();
        assertThat(sessions().isSessionRevoked(expired.session())).as("a purged session is unknown").isTrue();
        assertThat(sessions().findRefreshToken(live.hash())).isPresent();
        assertThat(sessions().findRefreshToken(endsExactlyNow.hash())).as("expiring at now is not before now").isPresent();
        assertThat(sessions().findRefreshToken(rotated.hash())).isPresent();
        assertThat(sessions().findRefreshToken(rotatedNext)).isPresent();
        assertThat(sessions().isSessionRevoked(live.session())).isFalse();

        assertThat(sessions().purgeExpiredSessions(now)).as("purging again").isZero();
    }

    @Test
    void revokedSessionsArePurgedByExpiryLikeAnyOther() {
        Instant now = T0.plus(Duration.ofDays(30));
        Opened revokedButValid = open(T0, now.plus(TTL));
        sessions().revokeSession(revokedButValid.session(), T0.plusSeconds(5));
        Opened revokedAndExpired = open(T0, T0.plus(TTL));
        sessions().revokeSession(revokedAndExpired.session(), T0.plusSeconds(5));

        assertThat(sessions().purgeExpiredSessions(now)).isEqualTo(1);
        assertThat(sessions().findRefreshToken(revokedButValid.hash()))
                .hasValueSatisfying(t -> assertThat(t.sessionRevoked()).isTrue());
        assertThat(sessions().findRefreshToken(revokedAndExpired.hash())).isEmpty();
    }

    @Test
    void concurrentRotationsOfOneTokenExactlyOneWins() {
        Opened s = open(T0, T0.plus(TTL));
        List<String> candidates = new ArrayList<>();
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String next = newHash();
            candidates.add(next);
            tasks.add(() -> sessions().rotateRefreshToken(s.hash(), next, T0.plusSeconds(60), T0.plus(TTL)));
        }
        List<Outcome<Boolean>> outcomes = atOnce(THREADS, tasks);
        assertThat(failures(outcomes)).isEmpty();
        assertThat(outcomes.stream().filter(Outcome::value).count()).isEqualTo(1);
        String winner = candidates.get(outcomes.indexOf(outcomes.stream().filter(Outcome::value).findFirst().orElseThrow()));
        for (String next : candidates) {
            assertThat(sessions().findRefreshToken(next).isPresent()).as(next).isEqualTo(next.equals(winner));
        }
    }

    // ---- a member's own sessions -------------------------------------------------------------

    private SessionId openFor(Member member, Instant now, Instant expiresAt) {
        SessionId session = SessionId.random();
        sessions().openSession(session, member.id(), now, newHash(), expiresAt);
        return session;
    }

    @Test
    void liveSessionsAreTheMembersUnrevokedUnexpiredOnesNewestFirst() {
        Instant now = T0.plus(Duration.ofDays(1));
        Member member = newMember();
        SessionId oldest = openFor(member, T0, now.plus(TTL));
        SessionId newest = openFor(member, T0.plusSeconds(20), now.plus(TTL));
        SessionId middle = openFor(member, T0.plusSeconds(10), now.plus(TTL));
        SessionId revoked = openFor(member, T0.plusSeconds(30), now.plus(TTL));
        sessions().revokeSession(revoked, T0.plusSeconds(40));
        openFor(member, T0.plusSeconds(50), now); // expires exactly now: no longer live
        openFor(newMember(), T0.plusSeconds(60), now.plus(TTL)); // someone else's

        assertThat(sessions().liveSessionsOf(member.id(), now)).extracting(SessionPort.LiveSession::id)
                .containsExactly(newest, middle, oldest);
    }

    @Test
    void aSessionWasLastUsedWhenItIssuedItsNewestRefreshToken() {
        Opened s = open(T0, T0.plus(TTL));
        Instant rotated = T0.plus(Duration.ofHours(3));
        String next = newHash();
        sessions().rotateRefreshToken(s.hash(), next, rotated, rotated.plus(TTL));
        Instant added = rotated.plusSeconds(10);
        sessions().addRefreshToken(s.session(), newHash(), added, added.plus(TTL));
        SessionId unused = openFor(s.member(), T0.plusSeconds(1), T0.plus(TTL));

        assertThat(sessions().liveSessionsOf(s.member().id(), added)).containsExactly(
                new SessionPort.LiveSession(unused, T0.plusSeconds(1), T0.plusSeconds(1), T0.plus(TTL)),
                new SessionPort.LiveSession(s.session(), T0, added, added.plus(TTL)));
    }

    @Test
    void aMemberRevokesOnlyItsOwnLiveSession() {
        Instant now = T0.plus(Duration.ofDays(1));
        Member member = newMember();
        Member other = newMember();
        SessionId own = openFor(member, T0, now.plus(TTL));
        SessionId others = openFor(other, T0, now.plus(TTL));
        SessionId expired = openFor(member, T0, now);

        assertThat(sessions().revokeSessionOf(member.id(), others, now)).as("another member's").isFalse();
        assertThat(sessions().isSessionRevoked(others)).isFalse();
        assertThat(sessions().revokeSessionOf(member.id(), SessionId.random(), now)).as("unknown").isFalse();
        assertThat(sessions().revokeSessionOf(member.id(), expired, now)).as("expired").isFalse();

        assertThat(sessions().revokeSessionOf(member.id(), own, now)).isTrue();
        assertThat(sessions().isSessionRevoked(own)).isTrue();
        assertThat(sessions().revokeSessionOf(member.id(), own, now.plusSeconds(1))).as("revoked already").isFalse();
        assertThat(sessions().liveSessionsOf(other.id(), now)).extracting(SessionPort.LiveSession::id).containsExactly(others);
    }

    @Test
    void revokingTheMembersSessionsButOneNamesTheRevokedOnes() {
        Member member = newMember();
        Member other = newMember();
        SessionId kept = openFor(member, T0, T0.plus(TTL));
        SessionId phone = openFor(member, T0.plusSeconds(1), T0.plus(TTL));
        SessionId laptop = openFor(member, T0.plusSeconds(2), T0.plus(TTL));
        SessionId endedBefore = openFor(member, T0.plusSeconds(3), T0.plus(TTL));
        sessions().revokeSession(endedBefore, T0.plusSeconds(4));
        SessionId others = openFor(other, T0, T0.plus(TTL));

        assertThat(sessions().revokeSessionsOf(member.id(), Optional.of(kept), T0.plusSeconds(5)))
                .containsExactlyInAnyOrder(phone, laptop);
        assertThat(List.of(phone, laptop, kept, others)).as("revoked: phone, laptop, kept, another member's")
                .map(sessions()::isSessionRevoked).containsExactly(true, true, false, false);
    }

    @Test
    void revokingEverySessionOfTheMemberIncludesTheLastOne() {
        Member member = newMember();
        SessionId phone = openFor(member, T0, T0.plus(TTL));
        SessionId laptop = openFor(member, T0.plusSeconds(1), T0.plus(TTL));

        assertThat(sessions().revokeSessionsOf(member.id(), Optional.empty(), T0.plusSeconds(2)))
                .containsExactlyInAnyOrder(phone, laptop);
        assertThat(sessions().liveSessionsOf(member.id(), T0.plusSeconds(2))).isEmpty();
        assertThat(sessions().revokeSessionsOf(member.id(), Optional.empty(), T0.plusSeconds(3))).as("again").isEmpty();
    }

    // ---- the deny list -----------------------------------------------------------------------

    @Test
    void aDeniedIdIsDeniedAndOthersAreNot() {
        UUID denied = UUID.randomUUID();
        assertThat(denyList().isDenied(denied)).isFalse();
        denyList().deny(denied, T0.plus(Duration.ofHours(2)));
        assertThat(denyList().isDenied(denied)).isTrue();
        assertThat(denyList().isDenied(UUID.randomUUID())).isFalse();
    }

    @Test
    void purgingForgetsExactlyTheEntriesThatEndedBeforeNow() {
        Instant now = T0.plus(Duration.ofHours(3));
        UUID ended = UUID.randomUUID();
        UUID alsoEnded = UUID.randomUUID();
        UUID endsNow = UUID.randomUUID();
        UUID live = UUID.randomUUID();
        denyList().deny(ended, now.minusSeconds(1));
        denyList().deny(alsoEnded, T0);
        denyList().deny(endsNow, now);
        denyList().deny(live, now.plus(Duration.ofHours(2)));

        assertThat(denyList().purgeExpiredDenials(now)).isEqualTo(2);
        assertThat(denyList().isDenied(ended)).isFalse();
        assertThat(denyList().isDenied(alsoEnded)).isFalse();
        assertThat(denyList().isDenied(endsNow)).isTrue();
        assertThat(denyList().isDenied(live)).isTrue();
        assertThat(denyList().purgeExpiredDenials(now)).isZero();
    }

    @Test
    void denyingAgainKeepsTheLaterEnd() {
        Instant now = T0.plus(Duration.ofHours(1));
        UUID extended = UUID.randomUUID();
        UUID shortened = UUID.randomUUID();
        denyList().deny(extended, T0.plusSeconds(60));
        denyList().deny(extended, now.plus(Duration.ofHours(2)));
        denyList().deny(shortened, now.plus(Duration.ofHours(2)));
        denyList().deny(shortened, T0.plusSeconds(60));

        assertThat(denyList().purgeExpiredDenials(now)).isZero();
        assertThat(denyList().isDenied(extended)).isTrue();
        assertThat(denyList().isDenied(shortened)).isTrue();
    }
}
