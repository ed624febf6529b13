package com.partvote.domain.log;

import com.partvote.domain.election.ElectionId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a signed tree head states: at time {@code at}, the log of {@code election} held
 * {@code size} entries whose Merkle root is {@code root}. Once signed and published, the operator
 * cannot show anyone a different first {@code size} entries without the consistency proof from
 * this head failing.
 *
 * <p><b>The signing bytes</b> are the UTF-8 of
 * {@code partvote-tree-head-v1|election|size|root|epochMillis} (the election's id, the size and
 * the time in decimal, the root in lower-case hex); the prefix keeps a signature over a head from
 * being read as a signature over anything else.
 */
public record TreeHead(ElectionId election, long size, Hash root, Instant at) {

    public static final String SIGNING_PREFIX = "partvote-tree-head-v1";

    public TreeHead {
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(at, "at");
        if (size < 0) {
            throw new IllegalArgumentException("a tree has at least 0 leaves: " + size);
        }
        at = at.truncatedTo(ChronoUnit.MILLIS);
    }

    public byte[] signingBytes() {
        return (SIGNING_PREFIX + "|" + election.value() + "|" + size + "|" + root.hex() + "|" + at.toEpochMilli())
                .getBytes(StandardCharsets.UTF_8);
    }
}
