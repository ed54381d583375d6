package org.spikegraph.algorithms.conventional;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.Pair;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * {@link PrimitiveDijkstra#tree}: the distances of {@link PrimitiveDijkstra#distances} and JGraphT's,
 * and a predecessor arc into every reached vertex but the source, tight (its tail's distance plus its
 * weight is the vertex's distance), with no cycle.
 */
final class PrimitiveDijkstraTreeTest {

    @Seeded(200)
    void treeIsTightAndItsDistancesAreDijkstras(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 40);
        Pair p = RandomGraphs.multigraph(dice, dice.chance(0.5), dice.pick(Weights.NONE, Weights.ZERO_TO_100, Weights.UP_TO_MILLION),
                n, dice.between(0, 120)).pair();
        CsrGraph g = p.csr();
        int s = dice.between(0, n - 1);
        PrimitiveDijkstra.Tree tree = PrimitiveDijkstra.tree(g, s);
        long[] dist = tree.distances();
        assertThat(dist).containsExactly(PrimitiveDijkstra.distances(g, s));
        var jgrapht = new DijkstraShortestPath<>(p.jgrapht()).getPaths(s);
        int[] pred = tree.predecessorArcs();
        for (int v = 0; v < n; v++) {
            double expected = jgrapht.getWeight(v);
            assertThat(dist[v]).as("distance of %d", v)
                    .isEqualTo(expected == Double.POSITIVE_INFINITY ? PrimitiveDijkstra.UNREACHED : (long) expected);
            if (v == s || dist[v] == PrimitiveDijkstra.UNREACHED) {
                assertThat(pred[v]).isEqualTo(-1);
                continue;
            }
            int a = pred[v];
            assertThat(a).as("predecessor of %d", v).isNotNegative();
            assertThat(g.target(a)).isEqualTo(v);
            assertThat(dist[g.tail(a)] + (long) g.weight(a)).as("arc %d into %d is tight", a, v).isEqualTo(dist[v]);
            int steps = 0;
            for (int u = v; u != s; u = g.tail(pred[u])) {
                assertThat(++steps).as("the predecessors of %d reach the source", v).isLessThanOrEqualTo(n);
            }
        }
    }
}
