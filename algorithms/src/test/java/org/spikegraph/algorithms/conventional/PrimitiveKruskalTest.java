package org.spikegraph.algorithms.conventional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.spanning.KruskalMinimumSpanningTree;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.generate.Generators;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** The primitive Kruskal against JGraphT's on random weighted graphs, directed ones by their undirected view. */
class PrimitiveKruskalTest {

    /** G(n, p) graphs of 1..200 vertices and mean degree about 4 (the production generator, drawn with one of 100 seeds). */
    @Seeded(100)
    void sameWeightAndSizeAsJGraphT(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 200);
        CsrGraph g = Generators.gnp(n, Math.min(1, 4.0 / n), dice.chance(0.5), new Generators.Weights(1, 50),
                dice.between(0, 99)).graph();
        Graph<Integer, DefaultWeightedEdge> ref = JGraphTGraphs.of(g.directed() ? g.undirectedView() : g);
        PrimitiveKruskal.Forest f = PrimitiveKruskal.minimumSpanningForest(g);
        assertThat(f.weight()).isCloseTo(new KruskalMinimumSpanningTree<>(ref).getSpanningTree().getWeight(), offset(1e-9));
        assertThat(f.edges()).isEqualTo(n - new ConnectivityInspector<>(ref).connectedSets().size());
    }
}
