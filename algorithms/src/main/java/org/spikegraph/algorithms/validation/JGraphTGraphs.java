package org.spikegraph.algorithms.validation;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.WeightedPseudograph;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.SimpleNeighbours;

/** Turns a CSR graph into a JGraphT graph for the reference algorithms. */
public final class JGraphTGraphs {

    private JGraphTGraphs() {}

    /**
     * A JGraphT pseudograph with vertices 0 .. n-1 (the CSR's indices) and one edge per arc (per
     * undirected edge for undirected graphs), parallel edges and self-loops kept, weights copied.
     */
    public static Graph<Integer, DefaultWeightedEdge> of(CsrGraph csr) {
        return of(csr, true);
    }

    /**
     * The same pseudograph without arcs of weight 0: what a random walk can take. (JGraphT 1.5.3's
     * {@code PageRank} counts a vertex as dangling by its edge count and divides by its total out-weight,
     * so a vertex whose out-arcs all weigh 0 would get NaN; without them it dangles, as in the walk.)
     */
    public static Graph<Integer, DefaultWeightedEdge> withoutZeroWeights(CsrGraph csr) {
        return of(csr, false);
    }

    /**
     * The simple undirected JGraphT graph under a CSR graph: directions, self-loops and parallel
     * edges dropped (k-core, independent sets, colourings).
     */
    public static Graph<Integer, DefaultEdge> simpleUndirected(CsrGraph csr) {
        SimpleNeighbours simple = SimpleNeighbours.of(csr);
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < simple.vertexCount(); v++) {
            g.addVertex(v);
        }
        for (int k = 0; k < simple.from().length; k++) {
            if (simple.from()[k] < simple.to()[k]) {
                g.addEdge(simple.from()[k], simple.to()[k]);
            }
        }
        return g;
    }

    private static Graph<Integer, DefaultWeightedEdge> of(CsrGraph csr, boolean zeroWeights) {
        Graph<Integer, DefaultWeightedEdge> g = csr.directed()
                ? new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class)
                : new WeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < csr.vertexCount(); v++) {
            g.addVertex(v);
        }
        for (int u = 0; u < csr.vertexCount(); u++) {
            for (int a = csr.outStart(u); a < csr.outEnd(u); a++) {
                int v = csr.target(a);
                if (!csr.directed() && v < u || !zeroWeights && csr.weight(a) == 0) {
                    continue; // the other arc of an undirected edge, or a weight-0 arc left out
                }
                DefaultWeightedEdge e = g.addEdge(u, v);
                g.setEdgeWeight(e, csr.weight(a));
            }
        }
        return g;
    }
}
