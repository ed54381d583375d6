package org.spikegraph.algorithms.conventional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * Dinic on arrays against JGraphT's Edmonds–Karp on the equivalent simple graph (parallel arcs merged,
 * loops dropped: JGraphT is wrong on some multigraphs) over random directed and undirected multigraphs
 * with zero, unit, integer and real capacities.
 */
class PrimitiveDinicTest {

    @Seeded(300)
    void valueEqualsEdmondsKarp(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(2, 40);
        RandomGraphs.Weights weights = dice.pick(new RandomGraphs.Weights[] {RandomGraphs.Weights.NONE,
                RandomGraphs.Weights.SMALL_INTEGERS, RandomGraphs.Weights.REAL, RandomGraphs.Weights.UP_TO_MILLION});
        RandomGraphs.EdgeList list = RandomGraphs.multigraph(dice, dice.chance(0.5), weights, n, dice.between(0, 200));
        int s = dice.between(0, n - 1);
        int t = (s + dice.between(1, n - 1)) % n;
        double expected = new EdmondsKarpMFImpl<>(list.simpleJGraphT()).getMaximumFlowValue(s, t);
        double value = PrimitiveDinic.maxFlowValue(list.csr(), s, t);
        assertThat(value).as("%s, %d -> %d", list, s, t)
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, expected)));
    }

    @Test
    void theClassicExampleHasValue23() { // CLRS figure 26.1
        CsrGraphBuilder b = new CsrGraphBuilder(true).vertexCount(6).weighted();
        b.addArc(0, 1, 16).addArc(0, 2, 13).addArc(2, 1, 4).addArc(1, 3, 12).addArc(3, 2, 9).addArc(2, 4, 14)
                .addArc(4, 3, 7).addArc(3, 5, 20).addArc(4, 5, 4);
        CsrGraph g = b.build();
        assertThat(PrimitiveDinic.maxFlowValue(g, 0, 5)).isEqualTo(23);
    }

    @Test
    void badEndsAndCapacitiesAreRefused() {
        CsrGraph g = new CsrGraphBuilder(true).vertexCount(2).weighted().addArc(0, 1, -1).build();
        assertThatThrownBy(() -> PrimitiveDinic.maxFlowValue(g, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrimitiveDinic.maxFlowValue(g, 0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrimitiveDinic.maxFlowValue(g, 0, 1)).hasMessageContaining("capacity -1");
    }
}
