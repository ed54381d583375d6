package org.spikegraph.algorithms.graph;

import java.util.Arrays;

/**
 * Figures that describe a graph: size, weights, degrees and weakly connected components.
 *
 * @param vertices           number of vertices
 * @param arcs               number of arcs (an undirected edge is two arcs, a self-loop one)
 * @param edges              number of edges for undirected graphs, arcs for directed ones
 * @param directed           whether the graph is directed
 * @param weighted           whether arcs carry weights
 * @param integralWeights    whether every weight is an integer
 * @param minWeight          the smallest weight (NaN without arcs)
 * @param maxWeight          the largest weight (NaN without arcs)
 * @param selfLoops          arcs from a vertex to itself
 * @param parallelArcs       arcs that repeat an earlier arc's (tail, head)
 * @param components         weakly connected components (connected components when undirected)
 * @param largestComponent   vertices in the largest of them
 * @param isolatedVertices   vertices with no arc in or out
 * @param minOutDegree       smallest out-degree
 * @param maxOutDegree       largest out-degree
 * @param maxInDegree        largest in-degree
 * @param meanOutDegree      arcs / vertices
 */
public record GraphStatistics(int vertices, int arcs, long edges, boolean directed, boolean weighted,
                              boolean integralWeights, double minWeight, double maxWeight, int selfLoops,
                              long parallelArcs, int components, int largestComponent, int isolatedVertices,
                              int minOutDegree, int maxOutDegree, int maxInDegree, double meanOutDegree) {

    /**
     * The heap {@link #of} needs beyond the graph: two ints per vertex and one per arc of the
     * largest out-degree.
     */
    public static long bytesNeeded(CsrGraph g) {
        long maxOut = 0;
        for (int u = 0; u < g.vertexCount(); u++) {
            maxOut = Math.max(maxOut, g.outDegree(u));
        }
        return 8L * g.vertexCount() + 4L * maxOut + 64;
    }

    /**
     * Computes the figures in O(n + m log d), after checking that they fit in the free heap.
     *
     * @throws IllegalArgumentException when the free heap is too small, saying how much is needed
     */
    public static GraphStatistics of(CsrGraph g) {
        Runtime rt = Runtime.getRuntime();
        return of(g, rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()));
    }

    /**
     * Computes the figures if they need at most {@code free} bytes of heap ({@link #bytesNeeded}).
     *
     * @throws IllegalArgumentException when they need more, saying how much
     */
    public static GraphStatistics of(CsrGraph g, long free) {
        long need = bytesNeeded(g);
        if (need > free) {
            throw new IllegalArgumentException(String.format("the statistics of %,d vertices need about %,d MiB but this "
                    + "JVM has %,d MiB free: raise the heap (e.g. SPIKEGRAPH_JAVA_OPTS=-Xmx%dg)",
                    g.vertexCount(), (need >> 20) + 1, free >> 20, Math.max(2, (need >> 30) * 2 + 2)));
        }
        return compute(g);
    }

    private static GraphStatistics compute(CsrGraph g) {
        int n = g.vertexCount();
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
        }
        int[] inDegree = new int[n];
        int minOut = n == 0 ? 0 : Integer.MAX_VALUE;
        int maxOut = 0;
        long parallel = 0;
        int[] heads = new int[0];
        for (int u = 0; u < n; u++) {
            int d = g.outDegree(u);
            minOut = Math.min(minOut, d);
            maxOut = Math.max(maxOut, d);
            if (heads.length < d) {
                heads = new int[d];
            }
            for (int a = g.outStart(u), k = 0; a < g.outEnd(u); a++, k++) {
                int v = g.target(a);
                inDegree[v]++;
                heads[k] = v;
                union(parent, u, v);
            }
            Arrays.sort(heads, 0, d);
            for (int k = 1; k < d; k++) {
                parallel += heads[k] == heads[k - 1] ? 1 : 0;
            }
        }
        if (!g.directed()) {
            parallel /= 2; // each undirected parallel edge was seen from both ends
        }
        int isolated = 0;
        int maxIn = 0;
        for (int v = 0; v < n; v++) {
            maxIn = Math.max(maxIn, inDegree[v]);
            isolated += inDegree[v] == 0 && g.outDegree(v) == 0 ? 1 : 0;
        }
        int[] size = inDegree; // the in-degrees are done with: the array counts component sizes now
        Arrays.fill(size, 0);
        int components = 0;
        int largest = 0;
        for (int v = 0; v < n; v++) {
            int r = find(parent, v);
            if (size[r]++ == 0) {
                components++;
            }
            largest = Math.max(largest, size[r]);
        }
        return new GraphStatistics(n, g.arcCount(), g.directed() ? g.arcCount() : g.edgeCount(), g.directed(),
                g.weighted(), g.integralWeights(), g.minWeight(), g.maxWeight(), g.selfLoopCount(), parallel,
                components, largest, isolated, minOut, maxOut, maxIn, n == 0 ? 0 : (double) g.arcCount() / n);
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
