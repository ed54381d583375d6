package org.spikegraph.bench.problem;

/**
 * The one meaning of {@code --delta} (pagerank, randomwalk): the probability that any of the
 * intervals a run reports misses its true value, all intervals together. By the union bound each of
 * the k intervals is computed at {@code delta / k}; {@code --validate} fails a correct circuit with
 * probability at most {@code delta} in all as well.
 */
final class Delta {

    /** The help of every {@code --delta}. */
    static final String HELP = "Failure probability of all reported intervals together: each of the k intervals (one per vertex, "
            + "and the hitting one with --targets) is computed at P/k; --validate fails a correct run with probability at "
            + "most P in all (default: ${DEFAULT-VALUE}).";

    /** The report parameter holding the share of each interval. */
    static final String EACH = "deltaEachInterval";

    private Delta() {}

    /** The failure probability of each of {@code intervals} intervals that hold together but for {@code delta}. */
    static double each(double delta, long intervals) {
        return delta / Math.max(1, intervals);
    }
}
