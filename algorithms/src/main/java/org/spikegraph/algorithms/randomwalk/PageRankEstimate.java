package org.spikegraph.algorithms.randomwalk;

import java.util.Arrays;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * PageRank estimated by N spiking walkers (see {@link PageRankCompiler}): the score of v is the share
 * of walks that ended at v, with a confidence interval that accounts for both the sampling and the
 * 16-bit rounding of fire chances.
 */
public final class PageRankEstimate {

    private final CsrGraph graph;
    private final double damping;
    private final int walkers;
    private final long[] ends;
    private final long[] visits;
    private final double quantizationBound;

    PageRankEstimate(CsrGraph graph, double damping, int walkers, long[] ends, long[] visits, double quantizationBound) {
        long total = 0;
        for (long e : ends) {
            total += e;
        }
        if (total != walkers) {
            throw new IllegalStateException("walker conservation broken: " + total + " walks ended, " + walkers + " started");
        }
        this.graph = graph;
        this.damping = damping;
        this.walkers = walkers;
        this.ends = ends;
        this.visits = visits;
        this.quantizationBound = quantizationBound;
    }

    /**
     * An estimate from walk end counts made elsewhere (e.g. by the conventional loop
     * {@code MonteCarloPageRank}), to be checked the same way: no rounding term, visits not recorded.
     */
    public static PageRankEstimate fromEnds(CsrGraph graph, double damping, long[] ends) {
        long total = 0;
        for (long e : ends) {
            total += e;
        }
        if (ends.length != graph.vertexCount() || total < 1 || total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("need one count per vertex and 1.." + Integer.MAX_VALUE + " walks in all");
        }
        return new PageRankEstimate(graph, damping, (int) total, ends.clone(), null, 0);
    }

    /** The graph. */
    public CsrGraph graph() {
        return graph;
    }

    /** d, the damping factor. */
    public double damping() {
        return damping;
    }

    /** N, the number of walkers (walks). */
    public int walkers() {
        return walkers;
    }

    /** Walks that ended at v. */
    public long ends(int v) {
        return ends[v];
    }

    /**
     * Visits of v by all walkers, the start included (the entry's spike count). Their share is the
     * "complete path" estimate of Avrachenkov et al. 2007; {@link #score} uses the end points, whose
     * samples are independent and give the interval.
     *
     * @throws IllegalStateException for an estimate {@link #fromEnds made from end counts}
     */
    public long visits(int v) {
        if (visits == null) {
            throw new IllegalStateException("this estimate was made from end counts only: visits were not recorded");
        }
        return visits[v];
    }

    /** &pi;&#x0302;_v: the share of walks that ended at v. */
    public double score(int v) {
        return ends[v] / (double) walkers;
    }

    /** All scores, by vertex id; they sum to 1. */
    public double[] scores() {
        double[] s = new double[ends.length];
        for (int v = 0; v < s.length; v++) {
            s[v] = score(v);
        }
        return s;
    }

    /** The bound on what rounding moves any &pi;_v ({@link PageRankCompiler#quantizationBound()}). */
    public double quantizationBound() {
        return quantizationBound;
    }

    /**
     * An interval that holds the exact PageRank of v except with probability at most &delta;: the
     * {@link Confidence#chernoff Chernoff interval} of the end points, widened by the rounding bound,
     * clipped to [0, 1]. For all n vertices at once, give each &delta; / n (union bound).
     *
     * @return {lower, upper}
     */
    public double[] interval(int v, double delta) {
        double[] c = Confidence.chernoff(ends[v], walkers, delta);
        return new double[] {Math.max(0, c[0] - quantizationBound), Math.min(1, c[1] + quantizationBound)};
    }

    /** The k vertices of highest score, highest first (ties: lower id first). */
    public int[] top(int k) {
        return Ranking.top(ends, k);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageRankEstimate e && walkers == e.walkers && damping == e.damping
                && Arrays.equals(ends, e.ends) && Arrays.equals(visits, e.visits);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ends) * 31 + walkers;
    }

    @Override
    public String toString() {
        return "PageRankEstimate[" + walkers + " walkers, d = " + damping + ", top " + Arrays.toString(top(3)) + "]";
    }
}
