package org.spikegraph.algorithms.kcore;

import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * The coreness of every vertex: the largest k such that the vertex lies in the k-core, the largest
 * subgraph whose every vertex has degree &ge; k (of the simple undirected graph under the input:
 * directions, self-loops and parallel edges ignored).
 *
 * @param graph    the graph
 * @param coreness coreness per vertex index
 * @param runs     how many peeling runs the program made
 */
public record CoreDecomposition(CsrGraph graph, int[] coreness, int runs) {

    /** @return the coreness of vertex {@code v} */
    public int coreness(int v) {
        return coreness[v];
    }

    /** @return the degeneracy: the largest coreness, 0 for a graph without edges */
    public int degeneracy() {
        int max = 0;
        for (int c : coreness) {
            max = Math.max(max, c);
        }
        return max;
    }

    /** @return how many vertices lie in the k-core */
    public int coreSize(int k) {
        int count = 0;
        for (int c : coreness) {
            if (c >= k) {
                count++;
            }
        }
        return count;
    }
}
