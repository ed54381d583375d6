package org.spikegraph.algorithms.conventional;

import java.util.Arrays;
import org.spikegraph.algorithms.graph.CsrGraph;

/** Breadth-first hop distances on the CSR with an {@code int[]} queue: the conventional baseline for BFS. */
public final class PrimitiveBfs {

    private PrimitiveBfs() {}

    /** Hop distances from {@code source}, {@link PrimitiveDijkstra#UNREACHED} where none. */
    public static long[] hops(CsrGraph graph, int source) {
        int n = graph.vertexCount();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        long[] dist = new long[n];
        Arrays.fill(dist, PrimitiveDijkstra.UNREACHED);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        dist[source] = 0;
        queue[tail++] = source;
        while (head < tail) {
            int u = queue[head++];
            long next = dist[u] + 1;
            for (int a = offsets[u], end = offsets[u + 1]; a < end; a++) {
                int v = targets[a];
                if (dist[v] == PrimitiveDijkstra.UNREACHED) {
                    dist[v] = next;
                    queue[tail++] = v;
                }
            }
        }
        return dist;
    }
}
