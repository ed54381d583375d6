package org.spikegraph.algorithms.mis;

import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * A maximal independent set of the simple undirected graph under {@code graph} (directions,
 * self-loops and parallel edges ignored): no two members adjacent, every other vertex adjacent to a
 * member.
 *
 * @param graph  the graph
 * @param member whether each vertex index is in the set
 */
public record IndependentSet(CsrGraph graph, boolean[] member) {

    /** @return how many vertices are in the set */
    public int size() {
        int count = 0;
        for (boolean b : member) {
            if (b) {
                count++;
            }
        }
        return count;
    }
}
