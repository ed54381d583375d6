package org.spikegraph.algorithms.spanningtree;

import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * A minimum spanning forest read from spiking Borůvka rounds: its edges as arc indices of the
 * graph it was computed on (for a directed graph every arc is an undirected edge, so of two
 * opposite arcs the lighter counts), their total weight, the number of trees (connected
 * components, isolated vertices included) and the runs it took.
 */
public final class SpanningForest {

    private final CsrGraph graph;
    private final int[] arcs;
    private final double weight;
    private final int components;
    private final int runs;

    SpanningForest(CsrGraph graph, int[] arcs, double weight, int runs) {
        this.graph = graph;
        this.arcs = arcs;
        this.weight = weight;
        this.components = graph.vertexCount() - arcs.length;
        this.runs = runs;
    }

    /** The graph (directed graphs are read as undirected). */
    public CsrGraph graph() {
        return graph;
    }

    /** The forest's edges as arc indices of {@link #graph()}, in the order they were added. Shared: do not modify. */
    public int[] arcs() {
        return arcs;
    }

    /** Number of edges, n &minus; {@link #components()}. */
    public int edgeCount() {
        return arcs.length;
    }

    /** Total weight (exact for integer weights below 2^53 in total). */
    public double weight() {
        return weight;
    }

    /** Number of trees, that is connected components of the undirected graph. */
    public int components() {
        return components;
    }

    /** Runs made, one per Borůvka round (their summed activity is the program's {@code Execution.totals()}). */
    public int runs() {
        return runs;
    }

    @Override
    public String toString() {
        return "SpanningForest[" + arcs.length + " edges, weight " + weight + ", " + components + " components, "
                + runs + " runs]";
    }
}
