package org.spikegraph.algorithms.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;

/**
 * Checks a {@link ShortestPaths} answer against JGraphT, vertex by vertex: {@code DijkstraShortestPath}
 * for weights, {@code BFSShortestPath} for hop counts, the minimum over sources for several sources.
 * Every distance must equal JGraphT's (or, with a resolution, lie within the answer's error bound),
 * exactly the vertices in the answer's scope must be reached, and the predecessor arcs must form a
 * forest of tight arcs rooted at the sources, so every returned path is a real path from a source
 * whose weight is the reported one (checked in O(n), not path by path).
 *
 * <p>With a resolution q the answer's {@link ShortestPaths#errorBound(int) stated bound} for a vertex v
 * reached by the found path P is E(v) = e(P) + h &middot; e<sub>max</sub>, where e(P) sums the
 * rounding errors |w - q &middot; delay(w)| over the arcs of P, e<sub>max</sub> is the largest rounding
 * error of any arc (at most q, and at most q/2 when every weight is &ge; q/2), and h = min(n - 1,
 * &lfloor;w(P) / w<sub>min</sub>&rfloor;) bounds the arcs of a true shortest path; the answer's bound E is
 * the largest E(v). Each vertex is checked against its own E(v), and the reference named in the
 * result says how the weights compared: "exact at resolution q" when every weight equals JGraphT's
 * exactly, "within the stated bound &plusmn;E at resolution q (largest error x)" when they differ but
 * stay within, "outside the stated bound at resolution q (...)" when one does not (a mismatch).
 */
public final class ShortestPathValidator {

    private ShortestPathValidator() {}

    /** Validates against JGraphT on a JGraphT copy of the answer's graph. */
    public static Validation validate(ShortestPaths answer) {
        return validate(answer, JGraphTGraphs.of(answer.graph()));
    }

    /** Validates against JGraphT on {@code reference}, a JGraphT graph with vertices 0 .. n-1 (see {@link JGraphTGraphs}). */
    public static Validation validate(ShortestPaths answer, Graph<Integer, DefaultWeightedEdge> reference) {
        CsrGraph graph = answer.graph();
        int n = graph.vertexCount();
        boolean hops = answer.encoding().kind() == DelayEncoding.Kind.HOPS;
        String against = hops ? "JGraphT BFSShortestPath" : "JGraphT DijkstraShortestPath";
        double[] expected = new double[n];
        Arrays.fill(expected, Double.POSITIVE_INFINITY);
        long t0 = System.nanoTime();
        for (int s : answer.sources()) {
            ShortestPathAlgorithm<Integer, DefaultWeightedEdge> alg =
                    hops ? new BFSShortestPath<>(reference) : new DijkstraShortestPath<>(reference);
            ShortestPathAlgorithm.SingleSourcePaths<Integer, DefaultWeightedEdge> paths = alg.getPaths(s);
            for (int v = 0; v < n; v++) {
                double d = hops ? hopsOf(paths, v) : paths.getWeight(v);
                expected[v] = Math.min(expected[v], d);
            }
        }
        long referenceNanos = System.nanoTime() - t0;

        Mismatches m = new Mismatches();
        double largestError = 0; // over the vertices compared
        boolean equal = true;
        int outside = -1; // the first vertex outside its bound
        double outsideError = 0;
        ShortestPaths.Scope scope = answer.scope();
        double targetDistance = scope.target() >= 0 ? expected[scope.target()] : Double.NaN;
        boolean stepsAreDistances = answer.encoding().kind() == DelayEncoding.Kind.HOPS
                || answer.encoding().kind() == DelayEncoding.Kind.INTEGER;
        for (int v = 0; v < n; v++) {
            final int x = v;
            double e = expected[v];
            boolean mustReach;
            boolean mayReach;
            if (scope.complete()) {
                mustReach = mayReach = e != Double.POSITIVE_INFINITY;
            } else if (scope.target() >= 0) {
                mustReach = e < targetDistance || (v == scope.target() && e != Double.POSITIVE_INFINITY);
                mayReach = e <= targetDistance;
            } else if (stepsAreDistances) {
                mustReach = mayReach = e <= scope.stepLimit();
            } else {
                mustReach = false;
                mayReach = e <= scope.stepLimit();
            }
            boolean reached = answer.reached(v);
            m.check(reached ? mayReach : !mustReach, () -> "vertex " + graph.name(x) + ": JGraphT distance "
                    + format(e) + ", spiking " + (reached ? "reached it" : "did not reach it"));
            if (reached && mayReach) {
                double w = answer.weight(v);
                double bound = answer.errorBound(v);
                double tolerance = answer.exact() ? 0 : 1e-9 * Math.max(1, Math.abs(e));
                boolean inside = w >= e - tolerance && w <= e + bound + tolerance;
                m.check(inside, () -> "vertex " + graph.name(x)
                        + ": JGraphT distance " + format(e) + ", spiking " + format(w)
                        + (answer.exact() ? "" : " (error bound " + bound + ")"));
                equal &= w == e;
                largestError = Math.max(largestError, Math.abs(w - e));
                if (!inside && outside < 0) {
                    outside = v;
                    outsideError = w - e;
                }
            }
        }
        checkForest(answer, m);
        if (answer.encoding().kind() == DelayEncoding.Kind.RESOLUTION) {
            against += ": " + precision(answer, equal, largestError, outside, outsideError);
        }
        return m.result(against, referenceNanos);
    }

    /** "exact at resolution q", "within the stated bound ±E ...", or "outside the stated bound ..." (see the class comment). */
    private static String precision(ShortestPaths answer, boolean equal, double largestError, int outside,
                                    double outsideError) {
        String at = " at resolution " + format(answer.encoding().resolution());
        if (outside >= 0) {
            return "outside the stated bound" + at + " (vertex " + answer.graph().name(outside) + " off by "
                    + digits(outsideError) + ", its bound ±" + digits(answer.errorBound(outside)) + ")";
        }
        return equal ? "exact" + at
                : "within the stated bound ±" + digits(answer.maxErrorBound()) + at + " (largest error " + digits(largestError) + ")";
    }

    /** Six significant digits for the line (the check itself compares the exact doubles): 0.2, not 0.19999999999999996. */
    private static String digits(double d) {
        return new BigDecimal(d).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static double hopsOf(ShortestPathAlgorithm.SingleSourcePaths<Integer, DefaultWeightedEdge> paths, int v) {
        var path = paths.getPath(v);
        return path == null ? Double.POSITIVE_INFINITY : path.getLength();
    }

    /**
     * The predecessor arcs must form a forest rooted at the sources whose arcs are tight: for every
     * reached vertex v other than a source, its arc (u, v) leaves a reached u and weight(u) + w(u, v)
     * = weight(v); and following predecessors from any vertex reaches a source (no cycle). By
     * induction every {@code pathArcs(v)} is then a real path from a source weighing weight(v). O(n).
     */
    private static void checkForest(ShortestPaths answer, Mismatches m) {
        CsrGraph graph = answer.graph();
        int n = graph.vertexCount();
        boolean hops = answer.encoding().kind() == DelayEncoding.Kind.HOPS;
        boolean[] isSource = new boolean[n];
        for (int s : answer.sources()) {
            isSource[s] = true;
        }
        for (int v = 0; v < n; v++) {
            if (!answer.reached(v)) {
                continue;
            }
            final int x = v;
            int a = answer.predecessorArc(v);
            if (isSource[v]) {
                m.check(a < 0, () -> "source " + graph.name(x) + " has a predecessor arc");
                continue;
            }
            boolean ok = a >= 0 && a < graph.arcCount() && graph.target(a) == v && answer.reached(graph.tail(a));
            if (ok) {
                double expected = answer.weight(graph.tail(a)) + (hops ? 1 : graph.weight(a));
                double w = answer.weight(v);
                ok = answer.exact() ? w == expected : Math.abs(w - expected) <= 1e-9 * Math.max(1, Math.abs(w));
            }
            m.check(ok, () -> "vertex " + graph.name(x) + ": its predecessor arc " + a
                    + " is not a tight arc from a reached vertex");
        }
        // No cycle: walk predecessor chains, marking vertices on the current walk (1) and checked ones (2).
        byte[] state = new byte[n];
        for (int v = 0; v < n; v++) {
            int u = v;
            while (answer.reached(u) && state[u] == 0 && !isSource[u] && answer.predecessorArc(u) >= 0) {
                state[u] = 1;
                u = graph.tail(answer.predecessorArc(u));
            }
            final int x = v;
            boolean cycle = answer.reached(u) && state[u] == 1;
            m.check(!cycle, () -> "the predecessors of vertex " + graph.name(x) + " go round a cycle");
            for (int w = v; answer.reached(w) && state[w] == 1; w = graph.tail(answer.predecessorArc(w))) {
                state[w] = 2;
            }
        }
    }

    private static String format(double d) {
        return d == Double.POSITIVE_INFINITY ? "unreachable" : d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
