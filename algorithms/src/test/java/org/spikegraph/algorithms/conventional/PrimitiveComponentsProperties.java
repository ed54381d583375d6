package org.spikegraph.algorithms.conventional;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.EdgeList;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

class PrimitiveComponentsProperties {

    /**
     * Every vertex gets the smallest vertex of its JGraphT connected set (weakly connected when directed), on
     * random multigraphs of 1..60 vertices and 0..80 drawn edges against an independently built JGraphT copy.
     */
    @Seeded(300)
    void labelsAreTheSmallestVertexOfJGraphTsSets(long seed) {
        Dice dice = new Dice(seed);
        EdgeList list = RandomGraphs.multigraph(dice, dice.chance(0.5), Weights.NONE, dice.between(1, 60),
                dice.between(0, 80));
        CsrGraph g = list.csr();
        int[] label = PrimitiveComponents.smallestVertexLabels(g);
        List<Set<Integer>> sets = new ConnectivityInspector<>(list.jgrapht()).connectedSets();
        for (Set<Integer> set : sets) {
            int smallest = set.stream().mapToInt(Integer::intValue).min().orElseThrow();
            for (int v : set) {
                assertThat(label[v]).as("vertex %d", v).isEqualTo(smallest);
            }
        }
        assertThat(java.util.Arrays.stream(label).distinct().count()).isEqualTo(sets.size());
    }
}
