package org.spikegraph.algorithms.conventional;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** Iterative Tarjan against JGraphT's Kosaraju on random directed multigraphs (loops, parallel arcs, long cycles). */
class PrimitiveStrongComponentsTest {

    @Seeded(300)
    void labelsAreTheSmallestVertexOfJGraphTsComponents(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(0, 80);
        RandomGraphs.EdgeList list = RandomGraphs.multigraph(dice, true, RandomGraphs.Weights.NONE, n,
                dice.between(0, dice.chance(0.5) ? 2 * n : 6 * n));
        CsrGraph g = list.csr();
        int[] label = PrimitiveStrongComponents.smallestVertexLabels(g);
        int[] expected = new int[n];
        for (Set<Integer> set : new KosarajuStrongConnectivityInspector<>(list.jgrapht()).stronglyConnectedSets()) {
            int min = set.stream().mapToInt(Integer::intValue).min().orElseThrow();
            set.forEach(v -> expected[v] = min);
        }
        assertThat(label).as("%s", list).containsExactly(expected);
    }
}
