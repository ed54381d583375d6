package org.spikegraph.algorithms.conventional;

import it.unimi.dsi.fastutil.doubles.DoubleArrays;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Kruskal's minimum spanning forest on the CSR: arc indices radix-sorted by weight (fastutil), joined with
 * a union-find on {@code int[]}. Directions are ignored (a directed graph's undirected view). The
 * conventional baseline for spanning forests.
 */
public final class PrimitiveKruskal {

    /**
     * A minimum spanning forest's figures.
     *
     * @param weight its total weight
     * @param edges  its edges: vertices minus components
     */
    public record Forest(double weight, int edges) {}

    private PrimitiveKruskal() {}

    /** The weight and size of a minimum spanning forest. */
    public static Forest minimumSpanningForest(CsrGraph graph) {
        CsrGraph g = graph.directed() ? graph.undirectedView() : graph;
        int m = g.arcCount();
        int[] order = new int[m];
        for (int a = 0; a < m; a++) {
            order[a] = a;
        }
        double[] w = g.weights();
        if (w != null) {
            DoubleArrays.radixSortIndirect(order, w, false); // order by weight; unweighted: any order
        }
        UnionFind sets = new UnionFind(g.vertexCount());
        double weight = 0;
        int edges = 0;
        for (int a : order) {
            if (sets.union(g.tail(a), g.target(a))) {
                weight += g.weight(a);
                edges++;
            }
        }
        return new Forest(weight, edges);
    }
}
