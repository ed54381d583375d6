package org.spikegraph.algorithms.randomwalk;

import java.util.Arrays;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * What N random walkers of at most T graph steps did, read from the spike counts of the per-layer
 * entry neurons of a {@link RandomWalkCompiler} circuit.
 *
 * <ul>
 *   <li>{@link #arrivals(int, int)}: walkers that entered vertex v at graph step t (the entry neuron's
 *       spike count in layer t);</li>
 *   <li>{@link #count(int, int)}: walkers at v after t graph steps: arrivals at t, plus, for an
 *       absorbing v, the walkers absorbed there earlier (they stay);</li>
 *   <li>{@link #visits(int)}: visits of v over the run, the arrivals summed over t = 0..T (an absorbed
 *       walker counts once, when it arrives);</li>
 *   <li>{@link #probability(int, int)} and {@link #halfWidth(double)}: the empirical probability of
 *       being at v after t steps and a Hoeffding interval around it.</li>
 * </ul>
 * The decoder checks conservation: at every t the counts sum to N.
 */
public final class VisitCounts {

    private final CsrGraph graph;
    private final double stepBound;
    private final int walkers;
    private final int[] initial;
    private final long[][] arrivals;
    private final boolean[] absorbing;
    private final long[][] counts;

    VisitCounts(CsrGraph graph, double stepBound, int walkers, int[] initial, long[][] arrivals, boolean[] absorbing) {
        this.graph = graph;
        this.stepBound = stepBound;
        this.walkers = walkers;
        this.initial = initial;
        this.arrivals = arrivals;
        this.absorbing = absorbing;
        int n = absorbing.length;
        counts = new long[arrivals.length][n];
        long[] absorbed = new long[n];
        for (int t = 0; t < arrivals.length; t++) {
            long sum = 0;
            for (int v = 0; v < n; v++) {
                counts[t][v] = arrivals[t][v] + absorbed[v];
                sum += counts[t][v];
            }
            for (int v = 0; v < n; v++) {
                if (absorbing[v]) {
                    absorbed[v] += arrivals[t][v];
                }
            }
            if (sum != walkers) {
                throw new IllegalStateException("walker conservation broken: " + sum + " walkers after " + t
                        + " steps, " + walkers + " started");
            }
        }
    }

    /** The graph walked on. */
    public CsrGraph graph() {
        return graph;
    }

    /**
     * The bound on what the 16-bit rounding of fire chances moves any probability after t graph steps
     * ({@link RandomWalkCompiler#quantizationBound}).
     */
    public double quantizationBound(int t) {
        return t * stepBound;
    }

    /** N, the number of walkers. */
    public int walkers() {
        return walkers;
    }

    /** T, the step limit of every walk. */
    public int steps() {
        return arrivals.length - 1;
    }

    /** The number of vertices. */
    public int vertexCount() {
        return absorbing.length;
    }

    /** Walkers that started at v. */
    public int initial(int v) {
        return initial[v];
    }

    /** Whether v is absorbing (no positive-weight out-arc). */
    public boolean absorbing(int v) {
        return absorbing[v];
    }

    /** Walkers that entered v at graph step t, 0 &le; t &le; T. */
    public long arrivals(int t, int v) {
        return arrivals[t][v];
    }

    /** Walkers at v after t graph steps, 0 &le; t &le; T. */
    public long count(int t, int v) {
        return counts[t][v];
    }

    /** Walkers at v at the end of the walks (after T steps). */
    public long finalCount(int v) {
        return counts[steps()][v];
    }

    /** Visits of v over the run: arrivals at v summed over t = 0..T. */
    public long visits(int v) {
        long s = 0;
        for (long[] layer : arrivals) {
            s += layer[v];
        }
        return s;
    }

    /** Walkers absorbed at v by the end (0 for a vertex that is not absorbing). */
    public long absorbed(int v) {
        return absorbing[v] ? visits(v) : 0;
    }

    /**
     * The empirical probability that a walker hits one of the targets within T steps: the walkers
     * absorbed at them over N. The targets must be absorbing (see {@link RandomWalkCompiler#absorbingAt}),
     * so a walker that hits one stays, is counted once, and the events for different targets are
     * disjoint: for a single target this is its absorption probability within T steps.
     *
     * @throws IllegalArgumentException if a target is not absorbing or not a vertex
     */
    public double hitting(int... targets) {
        long hit = 0;
        boolean[] seen = new boolean[vertexCount()];
        for (int v : targets) {
            if (v < 0 || v >= vertexCount() || !absorbing[v]) {
                throw new IllegalArgumentException("target " + v + " is not an absorbing vertex of this walk");
            }
            if (!seen[v]) {
                seen[v] = true;
                hit += absorbed(v);
            }
        }
        return hit / (double) walkers;
    }

    /** The empirical probability of being at v after t graph steps: count(t, v) / N. */
    public double probability(int t, int v) {
        return counts[t][v] / (double) walkers;
    }

    /** The k vertices with the most walkers after t graph steps, most first (ties: lower id first). */
    public int[] top(int t, int k) {
        return Ranking.top(counts[t], k);
    }

    /** The empirical distribution after t graph steps. */
    public double[] distribution(int t) {
        double[] p = new double[vertexCount()];
        for (int v = 0; v < p.length; v++) {
            p[v] = probability(t, v);
        }
        return p;
    }

    /**
     * Hoeffding's half-width &epsilon; = sqrt(ln(2/&delta;) / (2N)): for each single (t, v), the true
     * probability of the sampled walk lies within &epsilon; of {@link #probability(int, int)} except
     * with probability at most &delta; (the walkers are independent, see {@link RandomWalkCompiler}).
     * For several (t, v) at once, add their &delta;s (union bound). The same holds for
     * {@link #hitting}.
     */
    public double halfWidth(double delta) {
        return Confidence.hoeffding(walkers, delta);
    }

    /**
     * An interval that holds the exact probability of being at v after t steps except with probability
     * at most &delta;: Hoeffding's [p&#x0302; &minus; &epsilon;, p&#x0302; + &epsilon;] widened by the rounding bound, clipped to
     * [0, 1].
     */
    public double[] interval(int t, int v, double delta) {
        return widen(probability(t, v), halfWidth(delta) + quantizationBound(t));
    }

    /** The same interval for {@link #hitting} the targets within T steps. */
    public double[] hittingInterval(double delta, int... targets) {
        return widen(hitting(targets), halfWidth(delta) + quantizationBound(steps()));
    }

    private static double[] widen(double p, double e) {
        return new double[] {Math.max(0, p - e), Math.min(1, p + e)};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VisitCounts c && walkers == c.walkers && Arrays.equals(initial, c.initial)
                && Arrays.deepEquals(arrivals, c.arrivals) && Arrays.equals(absorbing, c.absorbing);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(arrivals) * 31 + walkers;
    }

    @Override
    public String toString() {
        return "VisitCounts[" + walkers + " walkers, " + steps() + " steps, final " + Arrays.toString(counts[steps()]) + "]";
    }
}
