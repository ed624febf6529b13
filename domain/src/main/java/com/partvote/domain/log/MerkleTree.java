package com.partvote.domain.log;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0), section 2.1, over SHA-256: the
 * log's entries are its leaves, in order, and one root hash commits to all of them. The leaf and
 * node hashes carry different prefixes (0x00 and 0x01), so that no leaf can pass for a node (the
 * second-preimage attack the RFC guards against); the root of no leaves is SHA-256 of nothing.
 *
 * <p>Two proofs make the root useful to someone who does not hold the whole log: an inclusion
 * proof (2.1.3) shows that one entry is at its index in a tree of a given size, and a consistency
 * proof (2.1.4) shows that a larger tree extends a smaller one without changing a single earlier
 * entry. Generation follows the RFC's recursive definitions (PATH and SUBPROOF); verification
 * follows its iterative algorithms, which need only the proof, the sizes and the roots.
 *
 * <p>Sizes and indexes are {@code long} where a stranger hands them in (verification) and
 * {@code int} where the whole list of leaves is in memory (generation).
 */
public final class MerkleTree {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private MerkleTree() {
    }

    /** MTH({}) = SHA-256 of the empty string. */
    public static Hash emptyRoot() {
        return Hash.sha256();
    }

    /** MTH({d}) = SHA-256(0x00 || d). */
    public static Hash leafHash(byte[] data) {
        MessageDigest digest = Hash.newDigest();
        digest.update(LEAF_PREFIX);
        digest.update(data);
        return Hash.of(digest.digest());
    }

    /** SHA-256(0x01 || left || right). */
    public static Hash nodeHash(Hash left, Hash right) {
        MessageDigest digest = Hash.newDigest();
        digest.update(NODE_PREFIX);
        left.feed(digest);
        right.feed(digest);
        return Hash.of(digest.digest());
    }

    /** MTH(D[n]) of these leaf hashes, in order. */
    public static Hash root(List<Hash> leaves) {
        return leaves.isEmpty() ? emptyRoot() : subtree(leaves, 0, leaves.size());
    }

    /** The root of the leaves {@code [from, to)}, a non-empty range. */
    private static Hash subtree(List<Hash> leaves, int from, int to) {
        if (to - from == 1) {
            return leaves.get(from);
        }
        int split = from + split(to - from);
        return nodeHash(subtree(leaves, from, split), subtree(leaves, split, to));
    }

    /** k: the largest power of two smaller than n (n >= 2). */
    private static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    // ---- inclusion (RFC 9162, 2.1.3) ---------------------------------------------------------

    /**
     * PATH(index, D[n]): the hashes that, with the leaf at {@code index}, recompute the root of
     * these leaves; the sibling nearest the leaf first.
     */
    public static List<Hash> inclusionProof(List<Hash> leaves, int index) {
        if (index < 0 || index >= leaves.size()) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + leaves.size());
        }
        List<Hash> path = new ArrayList<>();
        path(leaves, index, 0, leaves.size(), path);
        return List.copyOf(path);
    }

    private static void path(List<Hash> leaves, int index, int from, int to, List<Hash> path) {
        if (to - from == 1) {
            return;
        }
        int split = from + split(to - from);
        if (index < split) {
            path(leaves, index, from, split, path);
            path.add(subtree(leaves, split, to));
        } else {
            path(leaves, index, split, to, path);
            path.add(subtree(leaves, from, split));
        }
    }

    /**
     * Whether {@code proof} shows {@code leaf} at {@code index} in the tree of {@code size}
     * leaves whose root is {@code root} (the RFC's algorithm, 2.1.3.2). A proof of the wrong
     * length, for an index outside the tree, or with any hash altered, fails.
     */
    public static boolean verifyInclusion(long index, long size, Hash leaf, List<Hash> proof, Hash root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        Hash r = leaf;
        for (Hash p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && r.equals(root);
    }

    // ---- consistency (RFC 9162, 2.1.4) -------------------------------------------------------

    /**
     * PROOF(m, D[n]): the hashes that show the tree of the first {@code m} leaves is a prefix of
     * the tree of all of them. Empty when {@code m} is 0 or the whole tree (nothing to prove).
     */
    public static List<Hash> consistencyProof(List<Hash> leaves, int m) {
        if (m < 0 || m > leaves.size()) {
            throw new IllegalArgumentException("a tree of " + m + " is not a prefix of a tree of " + leaves.size());
        }
        List<Hash> proof = new ArrayList<>();
        if (m > 0 && m < leaves.size()) {
            subproof(leaves, m, 0, leaves.size(), true, proof);
        }
        return List.copyOf(proof);
    }

    /** SUBPROOF(m, D[from:to], b), with m counted from {@code from}. */
    private static void subproof(List<Hash> leaves, int m, int from, int to, boolean whole, List<Hash> proof) {
        int n = to - from;
        if (m == n) {
            if (!whole) {
                proof.add(subtree(leaves, from, to));
            }
            return;
        }
        int k = split(n);
        if (m <= k) {
            subproof(leaves, m, from, from + k, whole, proof);
            proof.add(subtree(leaves, from + k, to));
        } else {
            subproof(leaves, m - k, from + k, to, false, proof);
            proof.add(subtree(leaves, from, from + k));
        }
    }

    /**
     * Whether {@code proof} shows that the tree of {@code second} leaves with root
     * {@code secondRoot} extends the tree of {@code first} leaves with root {@code firstRoot}
     * (the RFC's algorithm, 2.1.4.2). Equal sizes need an empty proof and equal roots; every tree
     * extends the empty one, whose root is {@link #emptyRoot()}.
     */
    public static boolean verifyConsistency(long first, long second, Hash firstRoot, Hash secondRoot, List<Hash> proof) {
        if (first < 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && firstRoot.equals(secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty() && firstRoot.equals(emptyRoot());
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<Hash> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        Hash fr = path.get(0);
        Hash sr = path.get(0);
        for (Hash c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && fr.equals(firstRoot) && sr.equals(secondRoot);
    }
}
