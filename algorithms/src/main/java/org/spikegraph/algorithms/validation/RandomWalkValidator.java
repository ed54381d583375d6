package org.spikegraph.algorithms.validation;

import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.randomwalk.VisitCounts;

/**
 * Checks spiking {@link VisitCounts} against the exact distributions &mu;P^t, t = 0..T, computed by
 * sparse vector&ndash;matrix products over the graph (O(T &middot; m), P row u = u's positive-weight arcs
 * normalized, an absorbing vertex keeps its mass): every (t, v) must lie in the counts' interval for
 * &delta; / (n(T + 1)), so a correct circuit fails with probability at most &delta; in all (union bound).
 */
public final class RandomWalkValidator {

    private RandomWalkValidator() {}

    /**
     * Validates every (t, v).
     *
     * @param delta the failure probability allowed for all comparisons together, in (0, 1)
     */
    public static Validation validate(VisitCounts counts, double delta) {
        CsrGraph g = counts.graph();
        int n = g.vertexCount();
        int steps = counts.steps();
        double each = delta / ((double) n * (steps + 1));
        long t0 = System.nanoTime();
        double[] initial = new double[n];
        boolean[] absorbing = new boolean[n];
        for (int v = 0; v < n; v++) {
            initial[v] = counts.initial(v) / (double) counts.walkers();
            absorbing[v] = counts.absorbing(v);
        }
        double[][] mu = distributions(g, initial, absorbing, steps);
        long referenceNanos = System.nanoTime() - t0;
        Mismatches m = new Mismatches();
        for (int t = 0; t <= steps; t++) {
            for (int v = 0; v < n; v++) {
                double p = mu[t][v];
                double[] in = counts.interval(t, v, each);
                int x = v;
                int step = t;
                m.check(in[0] <= p && p <= in[1], () -> String.format("vertex %s after %d steps: exact %.6f outside the "
                        + "spiking interval [%.6f, %.6f]", g.name(x), step, p, in[0], in[1]));
            }
        }
        return m.result("exact distributions muP^t", referenceNanos);
    }

    /**
     * The exact distributions &mu;P^t for t = 0 .. {@code steps} of a walk that starts with {@code
     * initial}, steps to an out-neighbour in proportion to the arc weight, and stays at the
     * {@code absorbing} vertices.
     */
    public static double[][] distributions(CsrGraph g, double[] initial, boolean[] absorbing, int steps) {
        int n = g.vertexCount();
        double[][] mu = new double[steps + 1][];
        mu[0] = initial.clone();
        for (int t = 0; t < steps; t++) {
            mu[t + 1] = new double[n];
            for (int u = 0; u < n; u++) {
                double mass = mu[t][u];
                if (mass == 0) {
                    continue;
                }
                if (absorbing[u]) {
                    mu[t + 1][u] += mass;
                    continue;
                }
                double out = 0;
                for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                    out += g.weight(a);
                }
                for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                    mu[t + 1][g.target(a)] += mass * (g.weight(a) / out);
                }
            }
        }
        return mu;
    }
}
