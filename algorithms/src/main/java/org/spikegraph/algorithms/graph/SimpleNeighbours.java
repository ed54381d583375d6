package org.spikegraph.algorithms.graph;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;

/**
 * The simple undirected graph under a graph (k-core, independent sets, colourings): arcs of either direction, self-loops dropped, parallel
 * edges merged. Each undirected edge is listed once per endpoint, so {@code from[k] -> to[k]} runs
 * over both directions.
 *
 * @param degree degree of each vertex in the simple graph
 * @param from   the tail of each directed pair
 * @param to     the head of each directed pair (for each tail, in increasing order)
 */
public record SimpleNeighbours(int[] degree, int[] from, int[] to) {

    /** @return the simple undirected graph under {@code graph} */
    public static SimpleNeighbours of(CsrGraph graph) {
        CsrGraph g = graph.directed() ? graph.undirectedView() : graph;
        int n = g.vertexCount();
        int[] degree = new int[n];
        IntArrayList from = new IntArrayList();
        IntArrayList to = new IntArrayList();
        int[] row = new int[0];
        for (int u = 0; u < n; u++) {
            int count = 0;
            row = Arrays.copyOf(row, Math.max(row.length, g.outDegree(u)));
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                if (g.target(a) != u) {
                    row[count++] = g.target(a);
                }
            }
            Arrays.sort(row, 0, count);
            for (int i = 0; i < count; i++) {
                if (i == 0 || row[i] != row[i - 1]) {
                    from.add(u);
                    to.add(row[i]);
                    degree[u]++;
                }
            }
        }
        return new SimpleNeighbours(degree, from.toIntArray(), to.toIntArray());
    }

    /** @return the vertex count */
    public int vertexCount() {
        return degree.length;
    }

    /** @return the largest degree, 0 for no edges */
    public int maxDegree() {
        int max = 0;
        for (int d : degree) {
            max = Math.max(max, d);
        }
        return max;
    }
}
