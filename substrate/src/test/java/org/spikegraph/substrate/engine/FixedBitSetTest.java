package org.spikegraph.substrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** {@link FixedBitSet} against {@link java.util.BitSet}: seeded random operations, then every observation. */
class FixedBitSetTest {

    @Seeded(300)
    void randomOperationsAgreeWithJavaBitSet(long seed) {
        Dice dice = new Dice(seed);
        int length = dice.pick(0, 1, 63, 64, 65, 127, 128, 129, dice.between(1, 2_000));
        FixedBitSet set = new FixedBitSet(length);
        BitSet expected = new BitSet();
        int ops = dice.between(0, 400);
        for (int k = 0; k < ops && length > 0; k++) {
            int i = dice.between(0, length - 1);
            switch (dice.weighted(8, 4, 3, 2, 3, 1)) {
                case 0 -> {
                    set.set(i);
                    expected.set(i);
                }
                case 1 -> {
                    set.clear(i);
                    expected.clear(i);
                }
                case 2 -> {
                    assertThat(set.getAndSet(i)).isEqualTo(expected.get(i));
                    expected.set(i);
                }
                case 3 -> {
                    int w = dice.between(0, set.wordCount() - 1);
                    long bits = dice.anyLong() & validBits(length, w);
                    set.or(w, bits);
                    expected.or(BitSet.valueOf(shifted(w, bits)));
                }
                case 4 -> {
                    int from = dice.between(0, length + 70);
                    assertThat(set.nextSetBit(from)).as("nextSetBit(%d)", from).isEqualTo(expectedNext(expected, from, length));
                }
                default -> {
                    set.clear();
                    expected.clear();
                }
            }
        }
        assertSame(set, expected, length);
    }

    @Seeded(100)
    void nextSetBitWalksEverySetBitInOrder(long seed) {
        Dice dice = new Dice(seed);
        int length = dice.between(1, 5_000);
        double density = dice.pick(0.0, 0.001, 0.02, 0.5, 1.0);
        FixedBitSet set = new FixedBitSet(length);
        BitSet expected = new BitSet();
        for (int i = 0; i < length; i++) {
            if (dice.chance(density)) {
                set.set(i);
                expected.set(i);
            }
        }
        int[] walked = walk(set);
        assertThat(walked).containsExactly(expected.stream().toArray());
        assertThat(set.cardinality()).isEqualTo(walked.length);
        assertThat(set.isEmpty()).isEqualTo(walked.length == 0);
    }

    @Test
    void lengthsRoundUpToWholeWords() {
        assertThat(new FixedBitSet(0).wordCount()).isZero();
        assertThat(new FixedBitSet(1).wordCount()).isEqualTo(1);
        assertThat(new FixedBitSet(64).wordCount()).isEqualTo(1);
        assertThat(new FixedBitSet(65).wordCount()).isEqualTo(2);
        assertThat(FixedBitSet.wordsFor(Integer.MAX_VALUE)).isEqualTo(1 << 25);
        assertThat(new FixedBitSet(0).nextSetBit(0)).isEqualTo(-1);
        assertThatThrownBy(() -> new FixedBitSet(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void wordsAreSharedNotCopied() {
        FixedBitSet set = new FixedBitSet(130);
        set.words()[2] |= 1L << 1; // bit 129, written the way a hot loop does
        assertThat(set.get(129)).isTrue();
        assertThat(set.nextSetBit(0)).isEqualTo(129);
        assertThat(set.word(2)).isEqualTo(2L);
    }

    @Test
    void assertionsGuardIndexAndGhostBits() {
        assumeTrue(FixedBitSet.class.desiredAssertionStatus(), "needs -ea");
        FixedBitSet set = new FixedBitSet(70);
        assertThatThrownBy(() -> set.set(70)).isInstanceOf(AssertionError.class).hasMessageContaining("bit 70 outside 0..69");
        assertThatThrownBy(() -> set.get(-1)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> set.or(1, 1L << 6)).isInstanceOf(AssertionError.class).hasMessageContaining("beyond 70");
        set.or(1, 1L << 5);
        assertThat(set.get(69)).isTrue();
        assertThat(set.ghostBitsClear()).isTrue();
        set.words()[1] |= 1L << 63; // a hot loop breaking the invariant is caught by the check
        assertThat(set.ghostBitsClear()).isFalse();
    }

    /** Every observation of the set agrees with the expected bits. */
    static void assertSame(FixedBitSet set, BitSet expected, int length) {
        assertThat(set.length()).isEqualTo(length);
        assertThat(set.ghostBitsClear()).isTrue();
        for (int i = 0; i < length; i++) {
            if (set.get(i) != expected.get(i)) {
                throw new AssertionError("bit " + i + ": " + set.get(i) + ", expected " + expected.get(i));
            }
        }
        assertThat(set.words()).containsExactly(Arrays.copyOf(expected.toLongArray(), set.wordCount()));
        assertThat(set.cardinality()).isEqualTo(expected.cardinality());
        assertThat(set.isEmpty()).isEqualTo(expected.isEmpty());
        assertThat(walk(set)).containsExactly(expected.stream().toArray());
    }

    /** The bits of word w that lie below {@code length}. */
    static long validBits(int length, int w) {
        int below = length - (w << 6);
        return below >= 64 ? -1L : (1L << below) - 1;
    }

    /** A long[] with {@code bits} at word w, for {@link BitSet#valueOf(long[])}. */
    static long[] shifted(int w, long bits) {
        long[] words = new long[w + 1];
        words[w] = bits;
        return words;
    }

    static int expectedNext(BitSet expected, int from, int length) {
        int next = expected.nextSetBit(from);
        return next >= length ? -1 : next;
    }

    private static int[] walk(FixedBitSet set) {
        int[] out = new int[set.length()];
        int count = 0;
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            out[count++] = i;
        }
        return Arrays.copyOf(out, count);
    }
}
