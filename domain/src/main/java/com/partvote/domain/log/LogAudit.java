package com.partvote.domain.log;

import com.partvote.domain.election.ElectionId;
import java.util.List;
import java.util.Optional;

/**
 * The checks anyone can run on a published log, shared by the stranger's verifier and by the
 * service itself before it publishes results. Each answers the first thing wrong, naming the
 * entry or head, or nothing when all is well:
 * <ul>
 *   <li>{@link #entries}: the entries are 0, 1, 2... without a gap, and each one's own fields hash
 *       to the leaf hash the log gives it (a changed choice, a moved entry or a deleted one shows);</li>
 *   <li>{@link #heads}: every head is signed by the log's key, and the heads never shrink nor go back in time;</li>
 *   <li>{@link #roots}: every head's root is the Merkle root of the first {@code size} leaves, and
 *       no entry is outside the latest head;</li>
 *   <li>{@link #consistency}: a newer head extends an older one (RFC 9162 consistency proof).</li>
 * </ul>
 */
public final class LogAudit {

    private LogAudit() {
    }

    public static Optional<LogMismatch> entries(ElectionId election, List<PublishedEntry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            PublishedEntry published = entries.get(i);
            if (published.index() > i) {
                return Optional.of(LogMismatch.entry(i, "missing: the log goes from entry " + (i - 1) + " to entry "
                        + published.index()));
            }
            if (published.index() < i) {
                return Optional.of(LogMismatch.entry(published.index(), "appears twice or out of order"));
            }
            if (!published.entry().election().equals(election)) {
                return Optional.of(LogMismatch.entry(i, "belongs to election " + published.entry().election()));
            }
            Hash rehashed = published.entry().leafHash();
            if (!rehashed.equals(published.leafHash())) {
                return Optional.of(LogMismatch.entry(i, "its fields hash to " + rehashed.hex() + ", not to its leaf hash "
                        + published.leafHash().hex()));
            }
        }
        return Optional.empty();
    }

    /**
     * The heads, by size ascending: each of this election, signed by {@code key}, none smaller nor
     * older than the one before (a head re-signed over the same size, as at a close, is allowed).
     */
    public static Optional<LogMismatch> heads(ElectionId election, List<SignedTreeHead> heads, LogKey key) {
        SignedTreeHead previous = null;
        for (SignedTreeHead signed : heads) {
            long size = signed.size();
            if (!signed.head().election().equals(election)) {
                return Optional.of(LogMismatch.head(size, "is a head of election " + signed.head().election()));
            }
            if (!signed.keyId().equals(key.id())) {
                return Optional.of(LogMismatch.head(size, "is signed with key " + signed.keyId() + ", not the log's key "
                        + key.id()));
            }
            if (!key.signed(signed)) {
                return Optional.of(LogMismatch.head(size, "its signature does not verify with the log's key"));
            }
            if (previous != null && size < previous.size()) {
                return Optional.of(LogMismatch.head(size, "shrinks the log of the head of size " + previous.size()));
            }
            if (previous != null && signed.head().at().isBefore(previous.head().at())) {
                return Optional.of(LogMismatch.head(size, "is dated before the head of size " + previous.size()));
            }
            previous = signed;
        }
        return Optional.empty();
    }

    /**
     * Every head's root against the leaves (heads by size ascending). A head that fails while the
     * one before it holds narrows the change down to the entries between the two.
     */
    public static Optional<LogMismatch> roots(List<Hash> leaves, List<SignedTreeHead> heads) {
        TreeFrontier frontier = TreeFrontier.empty();
        long checked = 0;
        for (SignedTreeHead signed : heads) {
            long size = signed.size();
            if (size > leaves.size()) {
                return Optional.of(LogMismatch.head(size, "covers " + size + " entries, the log shows " + leaves.size()));
            }
            while (frontier.size() < size) {
                frontier = frontier.append(leaves.get((int) frontier.size()));
            }
            if (!frontier.root().equals(signed.head().root())) {
                return Optional.of(LogMismatch.head(size, "its root " + signed.head().root().hex()
                        + " is not the root of the entries (changed among entries " + checked + " to " + (size - 1) + ")"));
            }
            checked = size;
        }
        if (leaves.size() > checked) {
            return Optional.of(LogMismatch.entry(checked, "is in no signed head"));
        }
        return Optional.empty();
    }

    public static Optional<LogMismatch> consistency(SignedTreeHead older, SignedTreeHead newer, List<Hash> proof) {
        if (MerkleTree.verifyConsistency(older.size(), newer.size(), older.head().root(), newer.head().root(), proof)) {
            return Optional.empty();
        }
        return Optional.of(LogMismatch.head(newer.size(), "is not consistent with the head of size " + older.size()
                + ": the log was rewritten between them"));
    }
}
