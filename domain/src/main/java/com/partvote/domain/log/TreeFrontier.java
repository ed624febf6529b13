package com.partvote.domain.log;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a Merkle tree (a "compact range" in the transparency-dev libraries): the
 * roots of the perfect subtrees that make up a tree of {@code size} leaves, largest first, one
 * per bit set in {@code size}. It is all the sequencer needs to append leaves and compute the next
 * root, so appending costs a few hashes however long the log is, without reading its earlier
 * leaves back. Immutable.
 */
public final class TreeFrontier {

    private static final TreeFrontier EMPTY = new TreeFrontier(0, List.of());

    private final long size;
    private final List<Hash> peaks;

    private TreeFrontier(long size, List<Hash> peaks) {
        this.size = size;
        this.peaks = peaks;
    }

    public static TreeFrontier empty() {
        return EMPTY;
    }

    /** The frontier of a tree of these leaves. */
    public static TreeFrontier of(List<Hash> leaves) {
        TreeFrontier frontier = EMPTY;
        for (Hash leaf : leaves) {
            frontier = frontier.append(leaf);
        }
        return frontier;
    }

    public long size() {
        return size;
    }

    /** The frontier after one more leaf: the new leaf merges with every peak of its height. */
    public TreeFrontier append(Hash leaf) {
        List<Hash> next = new ArrayList<>(peaks);
        next.add(leaf);
        for (long s = size; (s & 1) == 1; s >>= 1) {
            Hash right = next.remove(next.size() - 1);
            Hash left = next.remove(next.size() - 1);
            next.add(MerkleTree.nodeHash(left, right));
        }
        return new TreeFrontier(size + 1, List.copyOf(next));
    }

    /** MTH of the tree: the peaks folded from the right (RFC 9162's split puts the largest on the left). */
    public Hash root() {
        if (peaks.isEmpty()) {
            return MerkleTree.emptyRoot();
        }
        Hash root = peaks.get(peaks.size() - 1);
        for (int i = peaks.size() - 2; i >= 0; i--) {
            root = MerkleTree.nodeHash(peaks.get(i), root);
        }
        return root;
    }

    /** The size (8 bytes, big-endian) and the peaks, as the store keeps them beside a tree head. */
    public byte[] encoded() {
        ByteBuffer out = ByteBuffer.allocate(Long.BYTES + peaks.size() * Hash.LENGTH);
        out.putLong(size);
        peaks.forEach(p -> out.put(p.bytes()));
        return out.array();
    }

    /** Reads {@link #encoded()} back; refuses bytes whose peaks do not fit their size. */
    public static TreeFrontier decode(byte[] encoded) {
        ByteBuffer in = ByteBuffer.wrap(encoded);
        if (in.remaining() < Long.BYTES) {
            throw new IllegalArgumentException("a frontier starts with its size");
        }
        long size = in.getLong();
        if (size < 0 || in.remaining() != Long.bitCount(size) * Hash.LENGTH) {
            throw new IllegalArgumentException("a frontier of " + size + " leaves has one peak per bit of its size");
        }
        List<Hash> peaks = new ArrayList<>();
        while (in.hasRemaining()) {
            byte[] peak = new byte[Hash.LENGTH];
            in.get(peak);
            peaks.add(Hash.of(peak));
        }
        return new TreeFrontier(size, List.copyOf(peaks));
    }
}
