package org.spikegraph.substrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * The lane engine's bit-sliced counters ({@link LaneCounter}) hold each lane's exact sum,
 * against a plain count per lane: seeded runs of mask adds (dense, sparse, all lanes), repeated adds
 * of many at once, gathered adds ({@link LaneCounter#addEach}), explicit flushes (as the first-spike histogram
 * makes once per step), reads at any time and clears, past the middle planes' 255 and the high planes' drains.
 */
class LaneCounterTest {

    @Seeded(300)
    void everyLaneHoldsItsExactSum(long seed) {
        Dice dice = new Dice(seed);
        LaneCounter counter = new LaneCounter();
        long[] expected = new long[LaneEngine.LANES];
        int operations = dice.between(1, 3000);
        for (int op = 0; op < operations; op++) {
            switch (dice.weighted(80, 5, 5, 5, 1, 4)) {
                case 0 -> {
                    long lanes = switch (dice.between(0, 2)) {
                        case 0 -> dice.anyLong();
                        case 1 -> dice.anyLong() & dice.anyLong() & dice.anyLong();
                        default -> -1L;
                    };
                    counter.add(lanes);
                    add(expected, lanes, 1);
                }
                case 1 -> {
                    long lanes = dice.anyLong();
                    long times = dice.between(0L, 1L << dice.between(0, 40));
                    counter.addTimes(lanes, times);
                    add(expected, lanes, times);
                }
                case 2 -> counter.flush();
                case 3 -> {
                    int lane = dice.between(0, LaneEngine.LANES - 1);
                    assertThat(counter.get(lane)).as("lane %d after %d operations", lane, op).isEqualTo(expected[lane]);
                }
                case 4 -> {
                    counter.clear();
                    java.util.Arrays.fill(expected, 0);
                }
                default -> {
                    long[] words = new long[dice.between(1, 40)];
                    for (int w = 0; w < words.length; w++) {
                        words[w] = dice.chance(0.2) ? 0 : dice.anyLong();
                    }
                    int[] at = new int[dice.between(0, 60)];
                    for (int j = 0; j < at.length; j++) {
                        at[j] = dice.between(0, words.length - 1);
                        add(expected, words[at[j]], 1);
                    }
                    counter.addEach(words, at);
                }
            }
        }
        for (int lane = 0; lane < LaneEngine.LANES; lane++) {
            assertThat(counter.get(lane)).as("lane %d at the end", lane).isEqualTo(expected[lane]);
        }
    }

    private static void add(long[] expected, long lanes, long times) {
        for (int k = 0; k < LaneEngine.LANES; k++) {
            if ((lanes >>> k & 1L) != 0) {
                expected[k] += times;
            }
        }
    }
}
