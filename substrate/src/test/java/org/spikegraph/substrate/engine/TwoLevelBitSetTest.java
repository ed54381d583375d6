package org.spikegraph.substrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * {@link TwoLevelBitSet} against {@link java.util.BitSet}: seeded random operations, including the
 * dense phases that suspend the summary until it is rebuilt; after each, the summary covers the bits
 * and a walk through the summary (the event engine's) finds exactly the set bits.
 */
class TwoLevelBitSetTest {

    @Seeded(300)
    void randomOperationsAgreeWithJavaBitSet(long seed) {
        Dice dice = new Dice(seed);
        int length = dice.pick(1, 64, 65, 4_096, 4_097, dice.between(1, 20_000));
        TwoLevelBitSet set = new TwoLevelBitSet(length);
        BitSet expected = new BitSet();
        int ops = dice.between(0, 600);
        boolean dense = false;
        for (int k = 0; k < ops; k++) {
            int i = dice.between(0, length - 1);
            switch (dice.weighted(10, 3, 3, 3, 2, 1)) {
                case 0 -> {
                    if (dense) {
                        set.setWithoutSummary(i);
                    } else {
                        set.set(i);
                    }
                    expected.set(i);
                }
                case 1 -> {
                    int w = dice.between(0, set.wordCount() - 1);
                    long bits = dice.chance(0.2) ? 0 : dice.anyLong() & FixedBitSetTest.validBits(length, w);
                    set.or(w, bits);
                    expected.or(BitSet.valueOf(FixedBitSetTest.shifted(w, bits)));
                }
                case 2 -> {
                    // A dense phase begins (bits without summary bits) or ends (summary rebuilt).
                    if (dense) {
                        set.rebuildSummary();
                    }
                    dense = !dense;
                }
                case 3 -> {
                    if (!dense) {
                        int from = dice.between(0, length + 70);
                        assertThat(set.nextSetBit(from)).as("nextSetBit(%d)", from)
                                .isEqualTo(FixedBitSetTest.expectedNext(expected, from, length));
                    }
                }
                case 4 -> assertThat(set.get(i)).isEqualTo(expected.get(i));
                default -> {
                    set.clear();
                    expected.clear();
                }
            }
        }
        if (dense) {
            set.rebuildSummary();
        }
        assertThat(set.summaryCovers()).isTrue();
        assertThat(set.ghostBitsClear()).isTrue();
        assertThat(set.length()).isEqualTo(length);
        assertThat(set.cardinality()).isEqualTo(expected.cardinality());
        assertThat(set.isEmpty()).isEqualTo(expected.isEmpty());
        assertThat(set.words()).containsExactly(Arrays.copyOf(expected.toLongArray(), set.wordCount()));
        int[] byNext = new int[expected.cardinality()];
        int count = 0;
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            byNext[count++] = i;
        }
        assertThat(Arrays.copyOf(byNext, count)).containsExactly(expected.stream().toArray());
        assertThat(drainThroughSummary(set)).containsExactly(expected.stream().toArray());
        assertThat(set.isEmpty()).isTrue();
        assertThat(set.summaryWords()).containsOnly(0L);
        assertThat(set.topWords()).containsOnly(0L);
    }

    @Test
    void rebuildSummaryMarksExactlyTheNonZeroWords() {
        TwoLevelBitSet set = new TwoLevelBitSet(64 * 130);
        set.setWithoutSummary(0);
        set.setWithoutSummary(64 * 65 + 3);
        set.setWithoutSummary(64 * 129 + 63);
        assertThat(set.summaryCovers()).isFalse();
        set.rebuildSummary();
        assertThat(set.summaryCovers()).isTrue();
        assertThat(set.summaryWords()).containsExactly(1L, 1L << 1, 1L << 1);
        assertThat(set.topWords()).containsExactly(0b111L);
        set.words()[65] = 0; // a walk cleared the word: the rebuilt summary drops its stale bit
        set.rebuildSummary();
        assertThat(set.summaryWords()).containsExactly(1L, 0L, 1L << 1);
        assertThat(set.topWords()).containsExactly(0b101L);
    }

    @Test
    void theTopLevelMarksSummaryWordsBeyondTheFirst64() {
        TwoLevelBitSet set = new TwoLevelBitSet(4_096 * 130);
        set.set(4_096 * 65 + 5);
        set.or(64 * 129, 1L);
        assertThat(set.topWords()).containsExactly(0L, 1L << 1, 1L << 1);
        assertThat(set.summaryCovers()).isTrue();
        set.summaryWords()[2] = 1; // a summary word without its top bit
        assertThat(set.summaryCovers()).isFalse();
        set.topWords()[0] = 1L << 2;
        assertThat(set.summaryCovers()).isTrue();
        set.summaryWords()[65] = 0; // a non-zero word without its summary bit
        assertThat(set.summaryCovers()).isFalse();
    }

    @Test
    void aZeroWordOrSetsNoSummaryBit() {
        TwoLevelBitSet set = new TwoLevelBitSet(200);
        set.or(2, 0);
        assertThat(set.summaryWords()).containsExactly(0L);
        set.or(3, 1L << 7);
        assertThat(set.summaryWords()).containsExactly(1L << 3);
        assertThat(set.nextSetBit(0)).isEqualTo(199);
    }

    /**
     * The event engine's walk: each non-zero top word is cleared, then each summary word it names,
     * then each word that names; the set bits come out in increasing order.
     */
    private static int[] drainThroughSummary(TwoLevelBitSet set) {
        long[] words = set.words();
        long[] summary = set.summaryWords();
        long[] top = set.topWords();
        int[] out = new int[set.length()];
        int count = 0;
        for (int tw = 0; tw < top.length; tw++) {
          for (long u = top[tw]; u != 0; u &= u - 1) {
            int sw = (tw << 6) | Long.numberOfTrailingZeros(u);
            long s = summary[sw];
            summary[sw] = 0;
            while (s != 0) {
                int w = (sw << 6) | Long.numberOfTrailingZeros(s);
                s &= s - 1;
                long bits = words[w];
                words[w] = 0;
                for (; bits != 0; bits &= bits - 1) {
                    out[count++] = (w << 6) | Long.numberOfTrailingZeros(bits);
                }
            }
          }
          top[tw] = 0;
        }
        return Arrays.copyOf(out, count);
    }
}
