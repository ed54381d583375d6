package org.spikegraph.algorithms.conventional;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jgrapht.alg.scoring.Coreness;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.graph.SimpleNeighbours;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** The bucket-queue k-core against JGraphT's Coreness on random multigraphs (loops, parallel arcs, both directions). */
class PrimitiveKCoreTest {

    @Seeded(300)
    void corenessEqualsJGraphT(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(0, 60);
        int m = dice.between(0, dice.chance(0.3) ? 600 : 120);
        CsrGraph g = RandomGraphs.multigraph(dice, dice.chance(0.5), RandomGraphs.Weights.NONE, n, m).csr();
        int[] coreness = PrimitiveKCore.coreness(SimpleNeighbours.of(g));
        Map<Integer, Integer> expected = new Coreness<>(JGraphTGraphs.simpleUndirected(g)).getScores();
        assertThat(coreness).hasSize(n);
        for (int v = 0; v < n; v++) {
            assertThat(coreness[v]).as("vertex %d of %s", v, g).isEqualTo(expected.get(v));
        }
    }

    @Test
    void aCliqueWithATailHasTheCliqueAsItsCore() {
        CsrGraphBuilder b = new CsrGraphBuilder(false).vertexCount(6);
        for (int u = 0; u < 4; u++) {
            for (int v = u + 1; v < 4; v++) {
                b.addEdge(u, v);
            }
        }
        b.addEdge(3, 4);
        CsrGraph g = b.build();
        assertThat(PrimitiveKCore.coreness(SimpleNeighbours.of(g))).containsExactly(3, 3, 3, 3, 1, 0);
    }
}
