package org.spikegraph.algorithms.validation;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.randomwalk.PageRankEstimate;

/**
 * Checks a spiking {@link PageRankEstimate} against JGraphT's {@code PageRank} (same damping, power
 * iteration to a change below 1e-12): every vertex's JGraphT score must lie in the estimate's interval
 * for &delta; / n, so a correct circuit fails the check with probability at most &delta; in all (union
 * bound; the draws are fixed by the seed, so a given run passes or fails every time).
 */
public final class PageRankValidator {

    /** Power iterations JGraphT may use at most; it stops earlier once no score changes by 1e-12. */
    static final int MAX_ITERATIONS = 1_000_000;
    static final double TOLERANCE = 1e-12;

    private PageRankValidator() {}

    /**
     * Validates against JGraphT on a JGraphT copy of the estimate's graph without its arcs of weight 0
     * ({@link JGraphTGraphs#withoutZeroWeights}: the walk never takes them).
     */
    public static Validation validate(PageRankEstimate estimate, double delta) {
        return validate(estimate, JGraphTGraphs.withoutZeroWeights(estimate.graph()), delta);
    }

    /**
     * Validates against JGraphT on {@code reference}, a JGraphT graph with vertices 0 .. n-1.
     *
     * @param delta the failure probability allowed for all vertices together, in (0, 1)
     */
    public static Validation validate(PageRankEstimate estimate, Graph<Integer, DefaultWeightedEdge> reference, double delta) {
        int n = estimate.graph().vertexCount();
        long t0 = System.nanoTime();
        Map<Integer, Double> scores = new PageRank<>(reference, estimate.damping(), iterations(estimate.damping()), TOLERANCE)
                .getScores();
        long referenceNanos = System.nanoTime() - t0;
        double[] exact = new double[n];
        for (int v = 0; v < n; v++) {
            exact[v] = scores.get(v);
        }
        return check(estimate, exact, delta).result("JGraphT PageRank (d = " + estimate.damping() + ")", referenceNanos);
    }

    /**
     * The power iterations the reference gets: the error shrinks by d per iteration, so twice
     * ln(1e-12) / ln(d), at least 10,000.
     *
     * @throws IllegalArgumentException when that is more than {@value #MAX_ITERATIONS}: too close to 1
     *                                  to check
     */
    public static int iterations(double damping) {
        double need = damping <= 0 ? 1 : 2 * Math.ceil(Math.log(TOLERANCE) / Math.log(damping));
        if (need > MAX_ITERATIONS) {
            throw new IllegalArgumentException(String.format("damping %s is too close to 1 to check: JGraphT's power "
                    + "iteration would need about %,.0f iterations to converge (at most %,d are run)", damping, need, MAX_ITERATIONS));
        }
        return (int) Math.max(10_000, need);
    }

    /**
     * Validates against exact scores computed elsewhere (by vertex index), named {@code against}.
     *
     * @param delta the failure probability allowed for all vertices together, in (0, 1)
     */
    public static Validation validate(PageRankEstimate estimate, double[] exact, double delta, String against) {
        return check(estimate, exact, delta).result(against, 0);
    }

    /** Compares two exact score vectors vertex by vertex, within {@code tolerance}. */
    public static Validation validate(double[] scores, double[] exact, double tolerance, String against) {
        Mismatches m = new Mismatches();
        for (int v = 0; v < exact.length; v++) {
            int x = v;
            m.check(Math.abs(scores[v] - exact[v]) <= tolerance,
                    () -> String.format("vertex index %d: %.9f where %s has %.9f", x, scores[x], against, exact[x]));
        }
        return m.result(against, 0);
    }

    private static Mismatches check(PageRankEstimate estimate, double[] exact, double delta) {
        int n = estimate.graph().vertexCount();
        if (exact.length != n) {
            throw new IllegalArgumentException(exact.length + " exact scores for " + n + " vertices");
        }
        Mismatches m = new Mismatches();
        for (int v = 0; v < n; v++) {
            double p = exact[v];
            double[] in = estimate.interval(v, delta / n);
            int x = v;
            m.check(in[0] <= p && p <= in[1], () -> String.format("vertex %s: JGraphT %.6f outside the spiking interval "
                    + "[%.6f, %.6f] (estimate %.6f)", estimate.graph().name(x), p, in[0], in[1], estimate.score(x)));
        }
        return m;
    }
}
