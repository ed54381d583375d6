package org.spikegraph.algorithms.conventional;

import org.spikegraph.algorithms.graph.SimpleNeighbours;

/**
 * k-core decomposition by Batagelj and Zaversnik's bucket queue on {@code int[]} ("An O(m) algorithm
 * for cores decomposition of networks", 2003): vertices sorted by degree into bins, then repeatedly
 * the vertex of least current degree is removed and each neighbour of larger degree moves down one
 * bin. The conventional baseline for k-core.
 */
public final class PrimitiveKCore {

    private PrimitiveKCore() {}

    /**
     * The coreness of every vertex of the simple undirected graph {@code simple}: the largest k such
     * that the vertex lies in a subgraph whose every vertex has degree &ge; k.
     */
    public static int[] coreness(SimpleNeighbours simple) {
        int n = simple.vertexCount();
        int[] degree = simple.degree().clone();
        int[] start = new int[n + 1];
        for (int v = 0; v < n; v++) {
            start[v + 1] = start[v] + degree[v];
        }
        int[] to = simple.to();
        int maxDegree = simple.maxDegree();
        int[] bin = new int[maxDegree + 1];
        for (int v = 0; v < n; v++) {
            bin[degree[v]]++;
        }
        for (int d = 0, first = 0; d <= maxDegree; d++) { // bin[d]: where vertices of degree d begin
            int count = bin[d];
            bin[d] = first;
            first += count;
        }
        int[] order = new int[n];
        int[] position = new int[n];
        for (int v = 0; v < n; v++) {
            position[v] = bin[degree[v]]++;
            order[position[v]] = v;
        }
        for (int d = maxDegree; d > 0; d--) {
            bin[d] = bin[d - 1];
        }
        bin[0] = 0;
        for (int i = 0; i < n; i++) {
            int v = order[i];
            for (int k = start[v]; k < start[v + 1]; k++) {
                int u = to[k];
                if (degree[u] > degree[v]) { // move u to the front of its bin, then into the bin below
                    int du = degree[u];
                    int pu = position[u];
                    int pw = bin[du];
                    int w = order[pw];
                    if (u != w) {
                        order[pu] = w;
                        position[w] = pu;
                        order[pw] = u;
                        position[u] = pw;
                    }
                    bin[du]++;
                    degree[u]--;
                }
            }
        }
        return degree; // each vertex's degree when it was removed: its coreness
    }
}
