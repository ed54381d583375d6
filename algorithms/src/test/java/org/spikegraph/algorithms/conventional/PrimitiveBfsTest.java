package org.spikegraph.algorithms.conventional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.spikegraph.algorithms.generate.Generators;
import org.spikegraph.algorithms.graph.CsrGraph;

/** The queue BFS against the heap Dijkstra on unit weights (itself checked against JGraphT elsewhere). */
class PrimitiveBfsTest {

    @Property(tries = 100)
    void hopCountsEqualUnitWeightDijkstra(@ForAll @IntRange(min = 1, max = 300) int n, @ForAll @IntRange(min = 0, max = 99) int seed,
                                          @ForAll boolean directed) {
        CsrGraph g = Generators.gnp(n, Math.min(1, 3.0 / n), directed, null, seed).graph();
        int source = seed % n;
        assertThat(PrimitiveBfs.hops(g, source)).containsExactly(PrimitiveDijkstra.distances(g.unweighted(), source));
    }

    @Property(tries = 1)
    void badSourceIsRefused() {
        CsrGraph g = Generators.gnp(3, 0.5, true, null, 1).graph();
        assertThatThrownBy(() -> PrimitiveBfs.hops(g, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
