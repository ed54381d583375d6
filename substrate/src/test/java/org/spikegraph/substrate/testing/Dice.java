package org.spikegraph.substrate.testing;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The draws a seeded test generator needs, from one {@link SplittableRandom}: ranges, chances, and a
 * weighted choice among alternatives (a frequency table). One {@code Dice} per case, made from the
 * case's seed, so a case is rebuilt exactly from its seed.
 */
public final class Dice {
    private final SplittableRandom random;

    public Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** @return a uniform int in {@code [lo, hi]} (both inclusive) */
    public int between(int lo, int hi) {
        return (int) between((long) lo, hi);
    }

    /** @return a uniform long in {@code [lo, hi]} (both inclusive) */
    public long between(long lo, long hi) {
        if (lo > hi) {
            throw new IllegalArgumentException("empty range " + lo + ".." + hi);
        }
        return hi == Long.MAX_VALUE && lo == Long.MIN_VALUE ? random.nextLong() : random.nextLong(lo, hi + 1);
    }

    /** @return any long */
    public long anyLong() {
        return random.nextLong();
    }

    /** @return any int */
    public int anyInt() {
        return random.nextInt();
    }

    /** @return a uniform double in {@code [0, 1)} */
    public double unit() {
        return random.nextDouble();
    }

    /** @return true with probability {@code p} */
    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** @return an index {@code i} drawn with probability {@code weights[i] / sum(weights)} */
    public int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new AssertionError("unreachable");
    }

    /** @return one of {@code options}, uniformly */
    @SafeVarargs
    public final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** @return one element of {@code options}, uniformly */
    public <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** @return the underlying generator, for APIs that take a {@link java.util.random.RandomGenerator} */
    public SplittableRandom random() {
        return random;
    }
}
