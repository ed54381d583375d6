package org.spikegraph.spark;

import java.util.Arrays;
import org.spikegraph.algorithms.generate.Generators.Generated;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;

/**
 * A generated graph with its vertices renumbered along a Hilbert curve over their coordinates, so
 * that contiguous id ranges (the Spark engine's partitions) are compact regions and few roads cross
 * between them. The generator's own ids are in random order.
 *
 * @param graph the renumbered graph (same edges and weights)
 * @param newId the new id of each old vertex
 */
record RoadOrder(CsrGraph graph, int[] newId) {

    /** Renumbers {@code g} (undirected, weighted, with coordinates) along a Hilbert curve of 2^16 x 2^16 cells. */
    static RoadOrder hilbert(Generated g) {
        CsrGraph old = g.graph();
        int n = old.vertexCount();
        double maxX = 0;
        double maxY = 0;
        for (int v = 0; v < n; v++) {
            maxX = Math.max(maxX, g.coordinates().x(v));
            maxY = Math.max(maxY, g.coordinates().y(v));
        }
        double scale = 65535 / Math.max(1e-9, Math.max(maxX, maxY));
        long[] keyed = new long[n];
        for (int v = 0; v < n; v++) {
            long d = hilbertIndex(16, (int) (g.coordinates().x(v) * scale), (int) (g.coordinates().y(v) * scale));
            keyed[v] = d << 24 | v; // d < 2^32 and v < 2^24 (n <= 16.7 million)
        }
        if (n >= 1 << 24) {
            throw new IllegalArgumentException("RoadOrder: at most 2^24 vertices, got " + n);
        }
        Arrays.sort(keyed);
        int[] newId = new int[n];
        for (int i = 0; i < n; i++) {
            newId[(int) (keyed[i] & 0xFFFFFF)] = i;
        }
        CsrGraphBuilder b = new CsrGraphBuilder(false, old.arcCount()).weighted().vertexCount(n);
        for (int u = 0; u < n; u++) {
            for (int a = old.outStart(u); a < old.outEnd(u); a++) {
                int v = old.target(a);
                if (u < v) {
                    b.addEdge(newId[u], newId[v], old.weight(a));
                }
            }
        }
        return new RoadOrder(b.build(), newId);
    }

    /** The position of cell (x, y) on the Hilbert curve over 2^order x 2^order cells. */
    static long hilbertIndex(int order, int x, int y) {
        long d = 0;
        for (int s = 1 << (order - 1); s > 0; s >>= 1) {
            int rx = (x & s) > 0 ? 1 : 0;
            int ry = (y & s) > 0 ? 1 : 0;
            d += (long) s * s * ((3 * rx) ^ ry);
            if (ry == 0) {
                if (rx == 1) {
                    x = s - 1 - x;
                    y = s - 1 - y;
                }
                int t = x;
                x = y;
                y = t;
            }
        }
        return d;
    }
}
