package org.spikegraph.algorithms.validation;

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
 * exactly the vertices in the answer's scope must be reached, and every returned path must be a real
 * path from a source whose weight is the reported one.
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
                mustReach = e < targetDistance || v == scope.target();
                mayReach = e <= targetDistance;
            } else if (stepsAreDistances) {
                mustReach = mayReach = e <= scope.stepLimit();
            } else {
                mustReach = false;
                mayReach = e <= scope.stepLimit();
            }
            boolean reached = answer.reached(v);
            m.check(reached ? mayReach : !mustReach, () -> "vertex " + graph.originalId(x) + ": JGraphT distance "
                    + format(e) + ", spiking " + (reached ? "reached it" : "did not reach it"));
            if (reached && mayReach) {
                double w = answer.weight(v);
                double bound = answer.errorBound(v);
                double tolerance = answer.exact() ? 0 : 1e-9 * Math.max(1, Math.abs(e));
                m.check(w >= e - tolerance && w <= e + bound + tolerance, () -> "vertex " + graph.originalId(x)
                        + ": JGraphT distance " + format(e) + ", spiking " + format(w)
                        + (answer.exact() ? "" : " (error bound " + bound + ")"));
                checkPath(answer, v, m);
            }
        }
        return m.result(against, referenceNanos);
    }

    private static double hopsOf(ShortestPathAlgorithm.SingleSourcePaths<Integer, DefaultWeightedEdge> paths, int v) {
        var path = paths.getPath(v);
        return path == null ? Double.POSITIVE_INFINITY : path.getLength();
    }

    /** The path to v must start at a source, follow arcs, end at v and weigh what the answer says. */
    private static void checkPath(ShortestPaths answer, int v, Mismatches m) {
        CsrGraph graph = answer.graph();
        int[] arcs = answer.pathArcs(v);
        int start = arcs.length == 0 ? v : graph.tail(arcs[0]);
        boolean isSource = Arrays.stream(answer.sources()).anyMatch(s -> s == start);
        int at = start;
        double weight = 0;
        boolean chained = true;
        for (int a : arcs) {
            chained &= a >= graph.outStart(at) && a < graph.outEnd(at);
            weight += answer.encoding().kind() == DelayEncoding.Kind.HOPS ? 1 : graph.weight(a);
            at = graph.target(a);
        }
        double w = weight;
        boolean ok = isSource && chained && at == v
                && (answer.exact() ? w == answer.weight(v) : Math.abs(w - answer.weight(v)) <= 1e-9 * Math.max(1, w));
        m.check(ok, () -> "path to vertex " + graph.originalId(v) + " (" + arcs.length + " arcs) is not a path from a source"
                + " of weight " + format(answer.weight(v)) + " (it weighs " + format(w) + ")");
    }


    private static String format(double d) {
        return d == Double.POSITIVE_INFINITY ? "unreachable" : d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
