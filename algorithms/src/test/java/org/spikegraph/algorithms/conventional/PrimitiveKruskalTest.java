package org.spikegraph.algorithms.conventional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.spanning.KruskalMinimumSpanningTree;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.generate.Generators;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.JGraphTGraphs;

/** The primitive Kruskal against JGraphT's on random weighted graphs, directed ones by their undirected view. */
class PrimitiveKruskalTest {

    @Property(tries = 100)
    void sameWeightAndSizeAsJGraphT(@ForAll @IntRange(min = 1, max = 200) int n, @ForAll @IntRange(min = 0, max = 99) int seed,
                                    @ForAll boolean directed) {
        CsrGraph g = Generators.gnp(n, Math.min(1, 4.0 / n), directed, new Generators.Weights(1, 50), seed).graph();
        Graph<Integer, DefaultWeightedEdge> ref = JGraphTGraphs.of(g.directed() ? g.undirectedView() : g);
        PrimitiveKruskal.Forest f = PrimitiveKruskal.minimumSpanningForest(g);
        assertThat(f.weight()).isCloseTo(new KruskalMinimumSpanningTree<>(ref).getSpanningTree().getWeight(), offset(1e-9));
        assertThat(f.edges()).isEqualTo(n - new ConnectivityInspector<>(ref).connectedSets().size());
    }
}
