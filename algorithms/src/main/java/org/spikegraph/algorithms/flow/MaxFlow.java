package org.spikegraph.algorithms.flow;

import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * A maximum flow and a minimum cut read from spiking Edmonds–Karp runs: the flow on every arc of the
 * graph (capacity = the arc's weight, 1 when unweighted; an undirected edge is two arcs, one each
 * way, each with the edge's capacity), its value, the source side of a minimum cut (the vertices
 * the last wavefront reached in the residual graph) and the runs it took.
 */
public final class MaxFlow {

    private final CsrGraph graph;
    private final int source;
    private final int sink;
    private final double[] flow;
    private final double value;
    private final boolean[] sourceSide;
    private final int augmentations;
    private final int runs;

    MaxFlow(CsrGraph graph, int source, int sink, double[] flow, double value, boolean[] sourceSide, int augmentations,
            int runs) {
        this.graph = graph;
        this.source = source;
        this.sink = sink;
        this.flow = flow;
        this.value = value;
        this.sourceSide = sourceSide;
        this.augmentations = augmentations;
        this.runs = runs;
    }

    /** The graph. */
    public CsrGraph graph() {
        return graph;
    }

    /** The source vertex index. */
    public int source() {
        return source;
    }

    /** The sink vertex index. */
    public int sink() {
        return sink;
    }

    /** The flow on arc {@code a}, 0 &le; flow &le; capacity. */
    public double flow(int a) {
        return flow[a];
    }

    /** The capacity of arc {@code a}: its weight (0 for a self-loop, which never carries flow). */
    public double capacity(int a) {
        return graph.target(a) == graph.tail(a) ? 0 : graph.weight(a);
    }

    /** The flow's value: net flow out of the source. */
    public double value() {
        return value;
    }

    /** True when v is on the source side of the minimum cut. */
    public boolean onSourceSide(int v) {
        return sourceSide[v];
    }

    /** Arcs from the source side to the sink side: a minimum cut (all saturated). */
    public int[] cutArcs() {
        it.unimi.dsi.fastutil.ints.IntArrayList cut = new it.unimi.dsi.fastutil.ints.IntArrayList();
        for (int u = 0; u < graph.vertexCount(); u++) {
            if (!sourceSide[u]) {
                continue;
            }
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                if (!sourceSide[graph.target(a)] && capacity(a) > 0) {
                    cut.add(a);
                }
            }
        }
        return cut.toIntArray();
    }

    /** The capacity of {@link #cutArcs()}. */
    public double cutCapacity() {
        double c = 0;
        for (int a : cutArcs()) {
            c += capacity(a);
        }
        return c;
    }

    /** Augmenting paths found (one run each; one more run proved there is none left). */
    public int augmentations() {
        return augmentations;
    }

    /** Runs made: augmentations + 1 (their summed activity is the program's {@code Execution.totals()}). */
    public int runs() {
        return runs;
    }

    @Override
    public String toString() {
        return "MaxFlow[value " + value + ", " + augmentations + " augmenting paths, " + runs + " runs]";
    }
}
