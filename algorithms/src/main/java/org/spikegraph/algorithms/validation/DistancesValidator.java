package org.spikegraph.algorithms.validation;

import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Checks one method's distances (or hop counts) against a reference's, vertex by vertex: the same
 * vertices must be reached and every distance must be equal. Distances are exact longs, -1 for an
 * unreached vertex (as {@code PrimitiveDijkstra.UNREACHED} and {@code ShortestPaths.UNREACHED}).
 * Used to check conventional baselines and spiking runs against JGraphT's answer on the same source;
 * any other exact value per vertex (e.g. the smallest vertex of its component) is checked the same way.
 */
public final class DistancesValidator {

    /** Distance of an unreached vertex. */
    public static final long UNREACHED = -1;

    private DistancesValidator() {}

    /**
     * Compares {@code answer} with {@code expected}.
     *
     * @param against what {@code expected} came from, e.g. "JGraphT DijkstraShortestPath"
     * @throws IllegalArgumentException when an array's length is not the graph's vertex count
     */
    public static Validation validate(CsrGraph graph, long[] answer, long[] expected, String against) {
        return validate(graph, answer, expected, against, "distance");
    }

    /**
     * Compares {@code answer} with {@code expected}, naming the value per vertex {@code quantity} in
     * mismatch examples (e.g. "component").
     *
     * @throws IllegalArgumentException when an array's length is not the graph's vertex count
     */
    public static Validation validate(CsrGraph graph, long[] answer, long[] expected, String against, String quantity) {
        int n = graph.vertexCount();
        if (answer.length != n || expected.length != n) {
            throw new IllegalArgumentException("distances for " + answer.length + " and " + expected.length
                    + " vertices, graph has " + n);
        }
        Mismatches m = new Mismatches();
        for (int v = 0; v < n; v++) {
            final int x = v;
            m.check(answer[v] == expected[v], () -> "vertex " + graph.name(x) + ": " + against + " " + quantity + " "
                    + format(expected[x]) + ", this method " + format(answer[x]));
        }
        return m.result(against, 0);
    }

    private static String format(long d) {
        return d == UNREACHED ? "unreachable" : Long.toString(d);
    }
}
