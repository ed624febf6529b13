package com.partvote.domain.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.ElectionId;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each way of tampering with a published log, and the check that names it. */
class LogAuditTest {

    private static final ElectionId E = new ElectionId(4);

    private KeyPair pair;
    private LogKey key;
    private List<PublishedEntry> entries;
    private List<SignedTreeHead> heads;

    @BeforeEach
    void aLogOfTenEntriesWithHeadsAtThreeSevenAndTen() throws GeneralSecurityException {
        pair = LogKeyTest.ed25519();
        key = LogKey.of(pair.getPublic());
        SecureRandom random = new SecureRandom();
        entries = new ArrayList<>();
        heads = new ArrayList<>();
        TreeFrontier frontier = TreeFrontier.empty();
        for (int i = 0; i < 10; i++) {
            LogEntry e = new LogEntry(E, i, Instant.EPOCH.plusSeconds(i), BallotTracker.random(random),
                    List.of(new ChoiceId(1 + i % 3)));
            entries.add(new PublishedEntry(e, e.leafHash()));
            frontier = frontier.append(e.leafHash());
            if (i == 2 || i == 6 || i == 9) {
                heads.add(LogKeyTest.sign(new TreeHead(E, frontier.size(), frontier.root(), Instant.EPOCH.plusSeconds(i)), pair));
            }
        }
    }

    private List<Hash> leaves() {
        return entries.stream().map(PublishedEntry::leafHash).toList();
    }

    @Test
    void anUntouchedLogChecks() {
        assertThat(LogAudit.entries(E, entries)).isEmpty();
        assertThat(LogAudit.heads(E, heads, key)).isEmpty();
        assertThat(LogAudit.roots(leaves(), heads)).isEmpty();
        List<Hash> all = leaves();
        for (int i = 1; i < heads.size(); i++) {
            SignedTreeHead older = heads.get(i - 1);
            SignedTreeHead newer = heads.get(i);
            List<Hash> proof = MerkleTree.consistencyProof(all.subList(0, (int) newer.size()), (int) older.size());
            assertThat(LogAudit.consistency(older, newer, proof)).isEmpty();
        }
    }

    @Test
    void aChangedChoiceIsNamedByItsEntry() {
        LogEntry e = entries.get(4).entry();
        entries.set(4, new PublishedEntry(new LogEntry(E, 4, e.at(), e.tracker(), List.of(new ChoiceId(9))),
                entries.get(4).leafHash()));
        assertThat(LogAudit.entries(E, entries)).map(LogMismatch::toString).get().asString()
                .startsWith("entry 4: its fields hash to");
    }

    @Test
    void aDeletedEntryIsNamed() {
        entries.remove(5);
        assertThat(LogAudit.entries(E, entries)).contains(LogMismatch.entry(5, "missing: the log goes from entry 4 to entry 6"));
    }

    @Test
    void swappedEntriesNoLongerHashToTheirPlaces() {
        PublishedEntry second = entries.get(1);
        PublishedEntry sixth = entries.get(5);
        entries.set(1, new PublishedEntry(relocated(sixth.entry(), 1), sixth.leafHash()));
        entries.set(5, new PublishedEntry(relocated(second.entry(), 5), second.leafHash()));
        assertThat(LogAudit.entries(E, entries)).map(LogMismatch::number).contains(1L);
    }

    private static LogEntry relocated(LogEntry e, long index) {
        return new LogEntry(e.election(), index, e.at(), e.tracker(), e.choices());
    }

    @Test
    void anEntryRehashedByTheForgerBreaksTheRootOfTheFirstHeadAfterIt() {
        LogEntry e = entries.get(4).entry();
        LogEntry forged = new LogEntry(E, 4, e.at(), e.tracker(), List.of(new ChoiceId(9)));
        entries.set(4, new PublishedEntry(forged, forged.leafHash()));
        assertThat(LogAudit.entries(E, entries)).isEmpty();
        assertThat(LogAudit.roots(leaves(), heads)).map(LogMismatch::toString).get().asString()
                .startsWith("head of size 7: its root").endsWith("(changed among entries 3 to 6)");
    }

    @Test
    void headsSignedWithAnotherKeyAreNamed() throws GeneralSecurityException {
        KeyPair other = LogKeyTest.ed25519();
        List<SignedTreeHead> resigned = new ArrayList<>();
        for (SignedTreeHead h : heads) {
            resigned.add(LogKeyTest.sign(h.head(), other));
        }
        assertThat(LogAudit.heads(E, resigned, key)).map(LogMismatch::toString).get().asString()
                .startsWith("head of size 3: is signed with key " + LogKey.of(other.getPublic()).id());
        List<SignedTreeHead> claimed = new ArrayList<>(heads);
        claimed.set(1, new SignedTreeHead(resigned.get(1).head(), key.id(), resigned.get(1).signature()));
        assertThat(LogAudit.heads(E, claimed, key)).contains(LogMismatch.head(7, "its signature does not verify with the log's key"));
    }

    @Test
    void aRewrittenHistoryFailsTheConsistencyProof() throws GeneralSecurityException {
        // the operator, holding the key, re-signs a log whose entry 1 differs: the new head is well
        // signed but not an extension of the head of size 3 that someone kept
        List<Hash> rewritten = new ArrayList<>(leaves());
        rewritten.set(1, MerkleTree.leafHash(new byte[] {1}));
        SignedTreeHead newer = LogKeyTest.sign(new TreeHead(E, 10, MerkleTree.root(rewritten), Instant.EPOCH.plusSeconds(20)), pair);
        List<Hash> proof = MerkleTree.consistencyProof(rewritten, 3);
        assertThat(LogAudit.consistency(heads.get(0), newer, proof)).map(LogMismatch::number).contains(10L);
    }

    @Test
    void anEntryOutsideEveryHeadOrAHeadBeyondTheEntriesIsNamed() {
        assertThat(LogAudit.roots(leaves(), heads.subList(0, 2))).contains(LogMismatch.entry(7, "is in no signed head"));
        assertThat(LogAudit.roots(leaves().subList(0, 8), heads)).contains(LogMismatch.head(10, "covers 10 entries, the log shows 8"));
    }
}
