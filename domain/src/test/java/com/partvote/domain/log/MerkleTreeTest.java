package com.partvote.domain.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFC 9162 section 2.1 against the known answers of the Certificate Transparency reference
 * implementation, then every proof of every tree of 1 to 64 leaves generated, verified, and
 * altered in every way that must make it fail.
 *
 * <p>The vectors (eight leaf inputs, the root of every size 0..8, the leaf hashes, and the
 * inclusion and consistency proofs below) are those of transparency-dev/merkle,
 * {@code testonly/constants.go} ({@code LeafInputs}, {@code NodeHashes}, {@code RootHashes}) and
 * {@code testonly/reference_test.go} ({@code TestRefInclusionProof}, {@code TestRefConsistencyProof}),
 * https://github.com/transparency-dev/merkle, which carried them over from
 * google/certificate-transparency-go's merkle tests.
 */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    private static final String[] LEAF_INPUTS = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};

    private static final String[] LEAF_HASHES = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
            "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1"};

    /** By tree size, 0 to 8. */
    private static final String[] ROOTS = {
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    private static List<Hash> referenceLeaves(int size) {
        List<Hash> leaves = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            leaves.add(MerkleTree.leafHash(HEX.parseHex(LEAF_INPUTS[i])));
        }
        return leaves;
    }

    private static List<Hash> hashes(String... hex) {
        return List.of(hex).stream().map(Hash::ofHex).toList();
    }

    // ---- the known answers --------------------------------------------------------------------

    @Test
    void leafHashesArePrefixedWithZero() {
        for (int i = 0; i < LEAF_INPUTS.length; i++) {
            assertThat(MerkleTree.leafHash(HEX.parseHex(LEAF_INPUTS[i])).hex()).as("leaf %d", i).isEqualTo(LEAF_HASHES[i]);
        }
    }

    @Test
    void theRootOfEverySizeFromZeroToEight() {
        assertThat(MerkleTree.emptyRoot().hex()).isEqualTo(ROOTS[0]);
        for (int size = 0; size <= 8; size++) {
            assertThat(MerkleTree.root(referenceLeaves(size)).hex()).as("size %d", size).isEqualTo(ROOTS[size]);
            assertThat(TreeFrontier.of(referenceLeaves(size)).root().hex()).as("frontier of size %d", size)
                    .isEqualTo(ROOTS[size]);
        }
    }

    @Test
    void theReferenceInclusionProofs() {
        assertInclusion(0, 1);
        assertInclusion(0, 2, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7");
        assertInclusion(1, 2, "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        assertInclusion(2, 3, "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        assertInclusion(1, 5, "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertInclusion(0, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertInclusion(5, 8, "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    }

    private static void assertInclusion(int index, int size, String... expected) {
        List<Hash> leaves = referenceLeaves(size);
        List<Hash> proof = MerkleTree.inclusionProof(leaves, index);
        assertThat(proof).as("PATH(%d, D[%d])", index, size).isEqualTo(hashes(expected));
        assertThat(MerkleTree.verifyInclusion(index, size, leaves.get(index), proof, Hash.ofHex(ROOTS[size]))).isTrue();
    }

    @Test
    void theReferenceConsistencyProofs() {
        assertConsistency(1, 1);
        assertConsistency(1, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertConsistency(2, 5, "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertConsistency(6, 8, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    }

    private static void assertConsistency(int first, int second, String... expected) {
        List<Hash> proof = MerkleTree.consistencyProof(referenceLeaves(second), first);
        assertThat(proof).as("PROOF(%d, D[%d])", first, second).isEqualTo(hashes(expected));
        assertThat(MerkleTree.verifyConsistency(first, second, Hash.ofHex(ROOTS[first]), Hash.ofHex(ROOTS[second]), proof))
                .isTrue();
    }

    @Test
    void theEmptyTreeIsExtendedByEveryTreeWithAnEmptyProof() {
        assertThat(MerkleTree.consistencyProof(referenceLeaves(5), 0)).isEmpty();
        assertThat(MerkleTree.verifyConsistency(0, 5, MerkleTree.emptyRoot(), Hash.ofHex(ROOTS[5]), List.of())).isTrue();
        assertThat(MerkleTree.verifyConsistency(0, 5, Hash.ofHex(ROOTS[1]), Hash.ofHex(ROOTS[5]), List.of()))
                .as("but only with the empty root").isFalse();
        assertThat(MerkleTree.verifyConsistency(3, 3, Hash.ofHex(ROOTS[3]), Hash.ofHex(ROOTS[3]), List.of())).isTrue();
        assertThat(MerkleTree.verifyConsistency(3, 3, Hash.ofHex(ROOTS[3]), Hash.ofHex(ROOTS[4]), List.of())).isFalse();
    }

    @Test
    void proofsOutsideTheTreeAreRefused() {
        assertThatThrownBy(() -> MerkleTree.inclusionProof(referenceLeaves(3), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.consistencyProof(referenceLeaves(3), 4)).isInstanceOf(IllegalArgumentException.class);
        Hash leaf = referenceLeaves(1).get(0);
        assertThat(MerkleTree.verifyInclusion(1, 1, leaf, List.of(), leaf)).isFalse();
        assertThat(MerkleTree.verifyInclusion(-1, 1, leaf, List.of(), leaf)).isFalse();
        assertThat(MerkleTree.verifyInclusion(0, 0, leaf, List.of(), leaf)).isFalse();
        assertThat(MerkleTree.verifyConsistency(4, 3, leaf, leaf, List.of())).isFalse();
        assertThat(MerkleTree.verifyConsistency(1, 2, leaf, leaf, List.of())).as("an empty proof between different sizes")
                .isFalse();
    }

    // ---- every tree of 1 to 64 leaves ---------------------------------------------------------

    private static List<Hash> leaves(int size) {
        List<Hash> leaves = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            leaves.add(MerkleTree.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }

    private static Hash flipped(Hash h) {
        byte[] b = h.bytes();
        b[7] ^= 0x10;
        return Hash.of(b);
    }

    /** The proof altered every way: each hash changed, one dropped, one added, two swapped. */
    private static List<List<Hash>> alterations(List<Hash> proof, Hash extra) {
        List<List<Hash>> altered = new ArrayList<>();
        for (int i = 0; i < proof.size(); i++) {
            List<Hash> changed = new ArrayList<>(proof);
            changed.set(i, flipped(proof.get(i)));
            altered.add(changed);
            List<Hash> dropped = new ArrayList<>(proof);
            dropped.remove(i);
            altered.add(dropped);
        }
        for (int i = 0; i <= proof.size(); i++) {
            List<Hash> longer = new ArrayList<>(proof);
            longer.add(i, extra);
            altered.add(longer);
        }
        for (int i = 0; i + 1 < proof.size(); i++) {
            List<Hash> swapped = new ArrayList<>(proof);
            swapped.set(i, proof.get(i + 1));
            swapped.set(i + 1, proof.get(i));
            altered.add(swapped);
        }
        return altered;
    }

    @Test
    void everyRootAgreesWithTheFrontierAndTheRfcSplit() {
        for (int size = 1; size <= 64; size++) {
            List<Hash> leaves = leaves(size);
            Hash root = MerkleTree.root(leaves);
            assertThat(TreeFrontier.of(leaves).root()).as("size %d", size).isEqualTo(root);
            assertThat(TreeFrontier.decode(TreeFrontier.of(leaves).encoded()).root()).isEqualTo(root);
            int k = Integer.highestOneBit(size - 1);
            if (size > 1) {
                assertThat(root).isEqualTo(MerkleTree.nodeHash(MerkleTree.root(leaves.subList(0, k)),
                        MerkleTree.root(leaves.subList(k, size))));
            }
        }
    }

    /** The root of the first n of 65 leaves, for every n: a size is always checked with its own root. */
    private static List<Hash> rootsBySize(List<Hash> all) {
        List<Hash> roots = new ArrayList<>();
        for (int n = 0; n <= all.size(); n++) {
            roots.add(MerkleTree.root(all.subList(0, n)));
        }
        return roots;
    }

    @Test
    void everyInclusionProofOfEveryTreeUpTo64VerifiesAndNoAlteredOneDoes() {
        List<Hash> all = leaves(65);
        List<Hash> roots = rootsBySize(all);
        for (int size = 1; size <= 64; size++) {
            List<Hash> leaves = all.subList(0, size);
            Hash root = roots.get(size);
            for (int index = 0; index < size; index++) {
                List<Hash> proof = MerkleTree.inclusionProof(leaves, index);
                Hash leaf = leaves.get(index);
                String at = "leaf " + index + " of " + size;
                assertThat(MerkleTree.verifyInclusion(index, size, leaf, proof, root)).as(at).isTrue();
                assertThat(MerkleTree.verifyInclusion(index, size, flipped(leaf), proof, root)).as(at + ", other leaf").isFalse();
                assertThat(MerkleTree.verifyInclusion(index, size, leaf, proof, flipped(root))).as(at + ", other root").isFalse();
                assertThat(MerkleTree.verifyInclusion(index, size + 1, leaf, proof, roots.get(size + 1)))
                        .as(at + ", as if in the next tree").isFalse();
                if (index + 1 < size) {
                    assertThat(MerkleTree.verifyInclusion(index, size - 1, leaf, proof, roots.get(size - 1)))
                            .as(at + ", as if in the previous tree").isFalse();
                    assertThat(MerkleTree.verifyInclusion(index + 1, size, leaf, proof, root)).as(at + ", index + 1").isFalse();
                }
                if (index > 0) {
                    assertThat(MerkleTree.verifyInclusion(index - 1, size, leaf, proof, root)).as(at + ", index - 1").isFalse();
                }
                for (List<Hash> altered : alterations(proof, all.get(64))) {
                    assertThat(MerkleTree.verifyInclusion(index, size, leaf, altered, root)).as(at + ", altered " + altered)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void everyConsistencyProofOfEveryPairUpTo64VerifiesAndNoAlteredOneDoes() {
        List<Hash> all = leaves(65);
        List<Hash> roots = rootsBySize(all);
        for (int second = 1; second <= 64; second++) {
            List<Hash> leaves = all.subList(0, second);
            Hash secondRoot = roots.get(second);
            for (int first = 1; first <= second; first++) {
                Hash firstRoot = roots.get(first);
                List<Hash> proof = MerkleTree.consistencyProof(leaves, first);
                String at = first + " -> " + second;
                assertThat(MerkleTree.verifyConsistency(first, second, firstRoot, secondRoot, proof)).as(at).isTrue();
                assertThat(MerkleTree.verifyConsistency(first, second, flipped(firstRoot), secondRoot, proof))
                        .as(at + ", other first root").isFalse();
                assertThat(MerkleTree.verifyConsistency(first, second, firstRoot, flipped(secondRoot), proof))
                        .as(at + ", other second root").isFalse();
                assertThat(MerkleTree.verifyConsistency(first, second + 1, firstRoot, roots.get(second + 1), proof))
                        .as(at + ", as if to the next tree").isFalse();
                if (first < second) {
                    assertThat(MerkleTree.verifyConsistency(first + 1, second, roots.get(first + 1), secondRoot, proof))
                            .as(at + ", as if from the next tree").isFalse();
                }
                if (first > 1) {
                    assertThat(MerkleTree.verifyConsistency(first - 1, second, roots.get(first - 1), secondRoot, proof))
                            .as(at + ", as if from the previous tree").isFalse();
                }
                for (List<Hash> altered : alterations(proof, all.get(64))) {
                    assertThat(MerkleTree.verifyConsistency(first, second, firstRoot, secondRoot, altered))
                            .as(at + ", altered").isFalse();
                }
            }
        }
    }
}
