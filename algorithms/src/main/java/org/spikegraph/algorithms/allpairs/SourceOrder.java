package org.spikegraph.algorithms.allpairs;

import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * The order in which an all-sources run packs its sources into batches of 64: breadth-first over
 * the graph's undirected view, component after component (each from its lowest vertex), so that a
 * batch holds sources close to one another. Their wavefronts then reach a vertex in few distinct
 * steps, and a multi-source BFS (or the lane engine) sends each vertex's row fewer times than with
 * sources taken in index order. Any order gives the same per-source results.
 */
public final class SourceOrder {

    private SourceOrder() {}

    /** Every vertex once: breadth-first order over the undirected view, components by lowest vertex. */
    public static int[] nearbyFirst(CsrGraph graph) {
        CsrGraph g = graph.undirectedView();
        int n = g.vertexCount();
        int[] offsets = g.offsets();
        int[] targets = g.targets();
        int[] order = new int[n];
        boolean[] seen = new boolean[n];
        int tail = 0;
        for (int root = 0; root < n; root++) {
            if (seen[root]) {
                continue;
            }
            seen[root] = true;
            int head = tail;
            order[tail++] = root;
            while (head < tail) {
                int u = order[head++];
                for (int a = offsets[u], end = offsets[u + 1]; a < end; a++) {
                    int v = targets[a];
                    if (!seen[v]) {
                        seen[v] = true;
                        order[tail++] = v;
                    }
                }
            }
        }
        return order;
    }
}
