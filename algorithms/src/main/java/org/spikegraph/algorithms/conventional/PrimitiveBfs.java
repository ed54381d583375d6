package org.spikegraph.algorithms.conventional;

import java.util.Arrays;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Breadth-first search on the CSR with an {@code int[]} queue: hop counts from a source, the fastest
 * conventional baseline for BFS (weights are ignored).
 */
public final class PrimitiveBfs {

    private PrimitiveBfs() {}

    /** Hop counts from {@code source}, {@link PrimitiveDijkstra#UNREACHED} where none. */
    public static long[] hops(CsrGraph graph, int source) {
        int n = graph.vertexCount();
        if (source < 0 || source >= n) {
            throw new IllegalArgumentException("source " + source + " is not a vertex (0.." + (n - 1) + ")");
        }
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        long[] hops = new long[n];
        Arrays.fill(hops, PrimitiveDijkstra.UNREACHED);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        hops[source] = 0;
        queue[tail++] = source;
        while (head < tail) {
            int u = queue[head++];
            long next = hops[u] + 1;
            for (int a = offsets[u], end = offsets[u + 1]; a < end; a++) {
                int v = targets[a];
                if (hops[v] == PrimitiveDijkstra.UNREACHED) {
                    hops[v] = next;
                    queue[tail++] = v;
                }
            }
        }
        return hops;
    }
}
