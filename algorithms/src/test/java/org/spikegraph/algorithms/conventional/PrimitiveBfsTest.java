package org.spikegraph.algorithms.conventional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.generate.Generators;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** The queue BFS against the heap Dijkstra on unit weights (itself checked against JGraphT elsewhere). */
class PrimitiveBfsTest {

    /** G(n, p) graphs of 1..300 vertices and mean degree about 3 (the production generator, drawn with one of 100 seeds). */
    @Seeded(100)
    void hopCountsEqualUnitWeightDijkstra(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 300);
        CsrGraph g = Generators.gnp(n, Math.min(1, 3.0 / n), dice.chance(0.5), null, dice.between(0, 99)).graph();
        int source = dice.between(0, n - 1);
        assertThat(PrimitiveBfs.hops(g, source)).containsExactly(PrimitiveDijkstra.distances(g.unweighted(), source));
    }

    @Test
    void badSourceIsRefused() {
        CsrGraph g = Generators.gnp(3, 0.5, true, null, 1).graph();
        assertThatThrownBy(() -> PrimitiveBfs.hops(g, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
