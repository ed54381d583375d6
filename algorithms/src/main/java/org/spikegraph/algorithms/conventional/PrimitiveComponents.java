package org.spikegraph.algorithms.conventional;

import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Connected components (weakly connected for a directed graph) by union-find on {@code int[]} over
 * the CSR, with path halving and union by size: the conventional baseline for components.
 */
public final class PrimitiveComponents {

    private PrimitiveComponents() {}

    /**
     * The smallest vertex index of each vertex's component: vertices u and v are in one component
     * exactly when the results at u and v are equal. Arc directions are ignored.
     */
    public static int[] smallestVertexLabels(CsrGraph graph) {
        int n = graph.vertexCount();
        UnionFind sets = new UnionFind(n);
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        for (int u = 0; u < n; u++) {
            for (int a = offsets[u], end = offsets[u + 1]; a < end; a++) {
                sets.union(u, targets[a]);
            }
        }
        int[] smallest = new int[n];
        java.util.Arrays.fill(smallest, -1);
        int[] label = new int[n];
        for (int v = 0; v < n; v++) { // increasing v: the first vertex seen of a root is its smallest
            int r = sets.find(v);
            if (smallest[r] < 0) {
                smallest[r] = v;
            }
            label[v] = smallest[r];
        }
        return label;
    }
}
