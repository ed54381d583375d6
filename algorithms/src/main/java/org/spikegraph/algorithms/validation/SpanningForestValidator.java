package org.spikegraph.algorithms.validation;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.spanning.KruskalMinimumSpanningTree;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.spanningtree.SpanningForest;

/**
 * Checks a {@link SpanningForest} against JGraphT: its total weight must equal that of
 * {@code KruskalMinimumSpanningTree} on the undirected view, and it must be a spanning forest: as
 * many edges as n &minus; the number of components ({@code ConnectivityInspector}), every edge a
 * non-loop arc of the graph, no cycle, and the reported weight the sum of its edges' weights.
 */
public final class SpanningForestValidator {

    private SpanningForestValidator() {}

    /** Validates on a JGraphT copy of the answer's graph (its undirected view). */
    public static Validation validate(SpanningForest answer) {
        return validate(answer, JGraphTGraphs.of(answer.graph().undirectedView()));
    }

    /** Validates against {@code reference}, an undirected JGraphT graph with vertices 0 .. n-1. */
    public static Validation validate(SpanningForest answer, Graph<Integer, DefaultWeightedEdge> reference) {
        CsrGraph graph = answer.graph();
        int n = graph.vertexCount();
        long t0 = System.nanoTime();
        double expected = new KruskalMinimumSpanningTree<>(reference).getSpanningTree().getWeight();
        long referenceNanos = System.nanoTime() - t0;
        int components = new ConnectivityInspector<>(reference).connectedSets().size();

        Mismatches m = new Mismatches();
        double tolerance = graph.integralWeights() ? 0 : 1e-9 * Math.max(1, Math.abs(expected));
        m.check(Math.abs(answer.weight() - expected) <= tolerance,
                () -> "weight: JGraphT Kruskal " + expected + ", spiking " + answer.weight());
        m.check(answer.components() == components,
                () -> "components: JGraphT " + components + ", spiking " + answer.components());
        m.check(answer.edgeCount() == n - components,
                () -> "edges: a spanning forest has " + (n - components) + ", spiking " + answer.edgeCount());
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
        }
        double sum = 0;
        for (int a : answer.arcs()) {
            boolean inGraph = a >= 0 && a < graph.arcCount() && graph.target(a) != graph.tail(a);
            m.check(inGraph, () -> "arc " + a + " is not a non-loop arc of the graph");
            if (!inGraph) {
                continue;
            }
            sum += graph.weight(a);
            int ru = find(parent, graph.tail(a));
            int rv = find(parent, graph.target(a));
            m.check(ru != rv, () -> "edge " + graph.name(graph.tail(a)) + " - " + graph.name(graph.target(a))
                    + " closes a cycle");
            parent[ru] = rv;
        }
        double total = sum;
        m.check(Math.abs(total - answer.weight()) <= tolerance,
                () -> "the edges weigh " + total + " but the answer reports " + answer.weight());
        return m.result("JGraphT KruskalMinimumSpanningTree", referenceNanos);
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }
}
