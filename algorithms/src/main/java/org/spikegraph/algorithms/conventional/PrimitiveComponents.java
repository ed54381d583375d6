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
        int[] parent = new int[n];
        int[] size = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
            size[v] = 1;
        }
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        for (int u = 0; u < n; u++) {
            for (int a = offsets[u], end = offsets[u + 1]; a < end; a++) {
                int ru = find(parent, u);
                int rv = find(parent, targets[a]);
                if (ru != rv) {
                    if (size[ru] < size[rv]) {
                        int t = ru;
                        ru = rv;
                        rv = t;
                    }
                    parent[rv] = ru;
                    size[ru] += size[rv];
                }
            }
        }
        int[] smallest = new int[n];
        java.util.Arrays.fill(smallest, -1);
        int[] label = new int[n];
        for (int v = 0; v < n; v++) { // increasing v: the first vertex seen of a root is its smallest
            int r = find(parent, v);
            if (smallest[r] < 0) {
                smallest[r] = v;
            }
            label[v] = smallest[r];
        }
        return label;
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }
}
