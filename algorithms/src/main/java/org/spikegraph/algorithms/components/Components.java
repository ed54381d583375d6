package org.spikegraph.algorithms.components;

import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * A partition of a graph's vertices into components, as read from spike waves: a label per vertex
 * (components numbered 0, 1, ... in the order of their smallest vertex index), the count and the
 * sizes, and how many host-driven runs it took (their summed activity is the program's
 * {@link org.spikegraph.algorithms.circuit.Execution#totals()}).
 */
public final class Components {

    /** Which components. */
    public enum Kind {
        /** Connected components of an undirected graph, or weakly connected components of a directed one. */
        CONNECTED,
        /** Strongly connected components of a directed graph. */
        STRONG
    }

    private final CsrGraph graph;
    private final Kind kind;
    private final int[] label;
    private final int[] sizes;
    private final int runs;

    Components(CsrGraph graph, Kind kind, int[] label, int count, int runs) {
        this.graph = graph;
        this.kind = kind;
        this.label = label;
        this.sizes = new int[count];
        for (int l : label) {
            sizes[l]++;
        }
        this.runs = runs;
    }

    /** The graph (as given, not its undirected view). */
    public CsrGraph graph() {
        return graph;
    }

    /** Connected (weak for a directed graph) or strong. */
    public Kind kind() {
        return kind;
    }

    /** True when these are the weakly connected components of a directed graph. */
    public boolean weak() {
        return kind == Kind.CONNECTED && graph.directed();
    }

    /** The component of vertex v, in 0 .. count() - 1. */
    public int label(int v) {
        return label[v];
    }

    /** A copy of every vertex's label. */
    public int[] labels() {
        return label.clone();
    }

    /** The number of components. */
    public int count() {
        return sizes.length;
    }

    /** The number of vertices of component c. */
    public int size(int c) {
        return sizes[c];
    }

    /** A copy of the sizes, indexed by label. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** The size of the largest component, 0 for an empty graph. */
    public int largest() {
        int max = 0;
        for (int s : sizes) {
            max = Math.max(max, s);
        }
        return max;
    }

    /** How many runs the host drove (one per component; one for an empty graph). */
    public int runs() {
        return runs;
    }
}
