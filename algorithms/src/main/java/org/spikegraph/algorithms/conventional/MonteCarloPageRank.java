package org.spikegraph.algorithms.conventional;

import java.util.SplittableRandom;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * The conventional twin of the spiking PageRank circuit: the same Monte Carlo end-point estimator with
 * cyclic start (Avrachenkov et al. 2007), walked by a plain loop on the CSR with {@code
 * SplittableRandom}. The same number of walkers start at every vertex; at each vertex a walk goes on
 * with probability d, along an out-arc chosen in proportion to its weight (binary search in the
 * vertex's cumulative weights), or to a uniform vertex from a vertex without positive-weight out-arcs;
 * otherwise it ends there. The baseline of the random-walk benchmark: same graph, same walkers, same
 * estimator, no spikes.
 */
public final class MonteCarloPageRank {

    /**
     * What the walkers did.
     *
     * @param ends        walks that ended at each vertex (their share estimates PageRank)
     * @param walkerSteps graph steps taken by all walkers (arcs followed plus uniform jumps)
     */
    public record Result(long[] ends, long walkerSteps) {}

    private MonteCarloPageRank() {}

    /**
     * Walks {@code walkersPerVertex} walkers from every vertex.
     *
     * @param damping d in [0, 1)
     */
    public static Result run(CsrGraph graph, double damping, int walkersPerVertex, long seed) {
        if (!(damping >= 0 && damping < 1)) {
            throw new IllegalArgumentException("damping must be in [0, 1), got " + damping);
        }
        int n = graph.vertexCount();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        double[] cumulative = new double[graph.arcCount()];
        boolean[] dangling = new boolean[n];
        for (int u = 0; u < n; u++) {
            double sum = 0;
            for (int a = offsets[u]; a < offsets[u + 1]; a++) {
                sum += graph.weight(a);
                cumulative[a] = sum;
            }
            dangling[u] = !(sum > 0);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] ends = new long[n];
        long steps = 0;
        for (int start = 0; start < n; start++) {
            for (int w = 0; w < walkersPerVertex; w++) {
                int u = start;
                while (rnd.nextDouble() < damping) {
                    u = dangling[u] ? rnd.nextInt(n) : next(cumulative, targets, offsets[u], offsets[u + 1], rnd);
                    steps++;
                }
                ends[u]++;
            }
        }
        return new Result(ends, steps);
    }

    /** The target of the arc whose cumulative-weight interval holds a uniform draw. */
    private static int next(double[] cumulative, int[] targets, int lo, int hi, SplittableRandom rnd) {
        double x = Math.min(rnd.nextDouble() * cumulative[hi - 1], Math.nextDown(cumulative[hi - 1])); // x < total
        int a = lo;
        int b = hi - 1;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (cumulative[mid] > x) {
                b = mid;
            } else {
                a = mid + 1;
            }
        }
        return targets[a];
    }
}
