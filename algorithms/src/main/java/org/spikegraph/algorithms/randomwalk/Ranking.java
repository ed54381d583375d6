package org.spikegraph.algorithms.randomwalk;

import java.util.Arrays;

/** The vertices of highest count. */
final class Ranking {

    private Ranking() {}

    /** The k indices of highest count, highest first (ties: lower index first). */
    static int[] top(long[] counts, int k) {
        Integer[] order = new Integer[counts.length];
        for (int v = 0; v < order.length; v++) {
            order[v] = v;
        }
        Arrays.sort(order, (a, b) -> counts[a] != counts[b] ? Long.compare(counts[b], counts[a]) : Integer.compare(a, b));
        int[] top = new int[Math.min(k, order.length)];
        for (int i = 0; i < top.length; i++) {
            top[i] = order[i];
        }
        return top;
    }
}
