package org.spikegraph.algorithms.conventional;

import java.util.Arrays;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Dijkstra's algorithm on the CSR with an indexed binary heap on {@code int[]}: the fastest
 * conventional baseline we have, for benchmarks and as an exact reference on large graphs.
 * Distances are exact longs for integer weights (weights are read as {@code long}); hop counts
 * for unweighted graphs.
 */
public final class PrimitiveDijkstra {

    /** Distance of an unreachable vertex. */
    public static final long UNREACHED = -1;

    private PrimitiveDijkstra() {}

    /**
     * Distances from {@code source}, {@link #UNREACHED} where none.
     *
     * @throws IllegalArgumentException when a weight is negative or not an integer
     */
    public static long[] distances(CsrGraph graph, int source) {
        checkWeights(graph);
        return distances(graph, source, new Workspace(graph.vertexCount()));
    }

    /**
     * Distances and a shortest-path tree from {@code source}: the same search as {@link #distances},
     * also recording for each vertex the arc of its last improvement (its predecessor arc; -1 for
     * the source and unreached vertices), the answer the spiking pipeline gives.
     *
     * @throws IllegalArgumentException when a weight is negative or not an integer
     */
    public static Tree tree(CsrGraph graph, int source) {
        checkWeights(graph);
        int n = graph.vertexCount();
        int[] pred = new int[n];
        Arrays.fill(pred, -1);
        long[] dist = search(graph, source, new Workspace(n), pred);
        return new Tree(dist, pred);
    }

    /** Distances ({@link #UNREACHED} where none) and predecessor arcs (-1 for the source and unreached vertices). */
    public record Tree(long[] distances, int[] predecessorArcs) {}

    /** Refuses negative or non-integer weights. */
    static void checkWeights(CsrGraph graph) {
        if (graph.weighted() && (!graph.integralWeights() || graph.minWeight() < 0)) {
            throw new IllegalArgumentException("the primitive Dijkstra takes integer weights >= 0");
        }
    }

    /** The heap and position arrays of one thread, reused from source to source (positions are -1 between runs). */
    static final class Workspace {
        final int[] heap;
        final int[] pos;

        Workspace(int n) {
            heap = new int[n];
            pos = new int[n];
            Arrays.fill(pos, -1);
        }
    }

    /**
     * Distances from {@code source} with {@code w}'s arrays (weights already checked). A settled
     * vertex needs no mark: with weights &ge; 0 no later relaxation can lower its distance.
     */
    static long[] distances(CsrGraph graph, int source, Workspace w) {
        return search(graph, source, w, null);
    }

    /** The search, recording predecessor arcs into {@code pred} when it is not null. */
    private static long[] search(CsrGraph graph, int source, Workspace w, int[] pred) {
        int n = graph.vertexCount();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        double[] weights = graph.weights();
        long[] dist = new long[n];
        Arrays.fill(dist, Long.MAX_VALUE);
        int[] heap = w.heap;
        int[] pos = w.pos;
        int size = 0;
        dist[source] = 0;
        heap[size] = source;
        pos[source] = size++;
        while (size > 0) {
            int u = heap[0];
            pos[u] = -1;
            size--;
            if (size > 0) {
                int last = heap[size];
                heap[0] = last;
                pos[last] = 0;
                size = siftDown(heap, pos, dist, size, 0);
            }
            long du = dist[u];
            for (int a = offsets[u], end = offsets[u + 1]; a < end; a++) {
                int v = targets[a];
                long dv = du + (weights == null ? 1 : (long) weights[a]);
                if (dv < dist[v]) {
                    dist[v] = dv;
                    if (pred != null) {
                        pred[v] = a;
                    }
                    if (pos[v] < 0) {
                        heap[size] = v;
                        pos[v] = size++;
                    }
                    siftUp(heap, pos, dist, pos[v]);
                }
            }
        }
        for (int v = 0; v < n; v++) {
            if (dist[v] == Long.MAX_VALUE) {
                dist[v] = UNREACHED;
            }
        }
        return dist;
    }

    private static void siftUp(int[] heap, int[] pos, long[] dist, int i) {
        int x = heap[i];
        long d = dist[x];
        while (i > 0) {
            int p = (i - 1) >>> 1;
            int y = heap[p];
            if (dist[y] <= d) {
                break;
            }
            heap[i] = y;
            pos[y] = i;
            i = p;
        }
        heap[i] = x;
        pos[x] = i;
    }

    private static int siftDown(int[] heap, int[] pos, long[] dist, int size, int i) {
        int x = heap[i];
        long d = dist[x];
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && dist[heap[c + 1]] < dist[heap[c]]) {
                c++;
            }
            int y = heap[c];
            if (dist[y] >= d) {
                break;
            }
            heap[i] = y;
            pos[y] = i;
            i = c;
        }
        heap[i] = x;
        pos[x] = i;
        return size;
    }
}
