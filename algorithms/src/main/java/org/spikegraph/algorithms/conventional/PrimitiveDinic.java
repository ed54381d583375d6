package org.spikegraph.algorithms.conventional;

import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * The maximum flow value by Dinic's blocking flows on arrays (Dinic 1970): a BFS level graph per
 * phase, then augmenting paths along it with a current-arc pointer per vertex. Every arc of the CSR
 * is one arc of capacity = its weight (an undirected edge is its two arcs), with a residual twin of
 * capacity 0; residual capacities at most {@link #EPSILON} count as saturated, as in the spiking
 * Edmonds–Karp. The conventional baseline for max flow.
 */
public final class PrimitiveDinic {

    /** Residual capacities at most this count as zero. */
    public static final double EPSILON = 1e-9;

    private PrimitiveDinic() {}

    /**
     * The value of a maximum flow from {@code source} to {@code sink}.
     *
     * @throws IllegalArgumentException for a vertex out of range, source = sink, or a capacity that is
     *                                  negative, NaN or infinite
     */
    public static double maxFlowValue(CsrGraph graph, int source, int sink) {
        int n = graph.vertexCount();
        if (source < 0 || source >= n || sink < 0 || sink >= n || source == sink) {
            throw new IllegalArgumentException("source " + source + " and sink " + sink
                    + " must be distinct vertex indices in 0.." + (n - 1));
        }
        int m = graph.arcCount();
        // residual edge 2a: tail -> head of arc a; 2a+1: its twin head -> tail
        int[] from = new int[2 * m];
        int[] to = new int[2 * m];
        double[] capacity = new double[2 * m];
        int[] start = new int[n + 1];
        for (int u = 0; u < n; u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                double w = graph.weight(a);
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("arc " + graph.name(u) + " -> " + graph.name(graph.target(a))
                            + " has capacity " + w + ": capacities must be finite numbers >= 0");
                }
                int v = graph.target(a);
                from[2 * a] = u;
                to[2 * a] = v;
                capacity[2 * a] = w;
                from[2 * a + 1] = v;
                to[2 * a + 1] = u;
                start[u + 1]++;
                start[v + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] edges = new int[2 * m]; // residual edges grouped by tail
        int[] fill = java.util.Arrays.copyOf(start, n);
        for (int e = 0; e < 2 * m; e++) {
            edges[fill[from[e]]++] = e;
        }
        int[] level = new int[n];
        int[] queue = new int[n];
        int[] next = new int[n];
        int[] path = new int[n];
        double value = 0;
        while (levels(source, sink, start, edges, to, capacity, level, queue)) {
            System.arraycopy(start, 0, next, 0, n);
            double pushed;
            while ((pushed = augment(source, sink, start, edges, from, to, capacity, level, next, path)) > 0) {
                value += pushed;
            }
        }
        return value;
    }

    /** BFS levels over unsaturated residual edges; true when the sink is reached. */
    private static boolean levels(int source, int sink, int[] start, int[] edges, int[] to, double[] capacity, int[] level,
                                  int[] queue) {
        java.util.Arrays.fill(level, -1);
        level[source] = 0;
        int head = 0;
        int tail = 0;
        queue[tail++] = source;
        while (head < tail) {
            int u = queue[head++];
            for (int i = start[u]; i < start[u + 1]; i++) {
                int e = edges[i];
                int v = to[e];
                if (level[v] < 0 && capacity[e] > EPSILON) {
                    level[v] = level[u] + 1;
                    queue[tail++] = v;
                }
            }
        }
        return level[sink] >= 0;
    }

    /** One augmenting path along the level graph, found depth first from the current arcs; its bottleneck, or 0. */
    private static double augment(int source, int sink, int[] start, int[] edges, int[] from, int[] to, double[] capacity,
                                  int[] level, int[] next, int[] path) {
        int depth = 0;
        int u = source;
        while (true) {
            if (u == sink) {
                double bottleneck = Double.POSITIVE_INFINITY;
                for (int i = 0; i < depth; i++) {
                    bottleneck = Math.min(bottleneck, capacity[path[i]]);
                }
                for (int i = 0; i < depth; i++) {
                    capacity[path[i]] -= bottleneck;
                    capacity[path[i] ^ 1] += bottleneck;
                }
                return bottleneck;
            }
            boolean advanced = false;
            for (; next[u] < start[u + 1]; next[u]++) {
                int e = edges[next[u]];
                if (capacity[e] > EPSILON && level[to[e]] == level[u] + 1) {
                    path[depth++] = e;
                    u = to[e];
                    advanced = true;
                    break;
                }
            }
            if (!advanced) {
                if (depth == 0) {
                    return 0;
                }
                level[u] = -1; // a dead end: never entered again this phase
                u = from[path[--depth]];
                next[u]++;
            }
        }
    }
}
