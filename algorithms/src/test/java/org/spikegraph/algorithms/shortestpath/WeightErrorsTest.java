package org.spikegraph.algorithms.shortestpath;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.graph.VertexIds;

/** Weights that cannot become delays are refused with a message a user can act on. */
class WeightErrorsTest {

    /** Vertex ids 101, 102, 103: the message must name the arc by them, not by indices. */
    private static CsrGraphBuilder withIds() {
        return new CsrGraphBuilder(true).ids(VertexIds.of(new long[] {101, 102, 103}));
    }

    @Test
    void aNegativeWeightNamesTheArcAndSuggestsBellmanFord() {
        CsrGraph g = withIds().addArc(0, 1, 4).addArc(1, 2, -3).build();
        assertThatThrownBy(() -> new ShortestPathCompiler(g))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("102 -> 103")
                .hasMessageContaining("-3")
                .hasMessageContaining("Bellman-Ford");
    }

    @Test
    void aNegativeWeightIsRefusedEvenWithAResolutionAndByTheHopBoundedCompiler() {
        CsrGraph g = withIds().addArc(2, 0, -0.5).build();
        assertThatThrownBy(() -> DelayEncoding.choose(g, 0.25))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("103 -> 101");
        assertThatThrownBy(() -> new HopBoundedCompiler(g))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("103 -> 101")
                .hasMessageContaining("Bellman-Ford");
    }

    @Test
    void nonIntegerWeightsWithoutAResolutionAskForOne() {
        CsrGraph g = withIds().addArc(0, 1, 2).addArc(1, 2, 1.5).build();
        assertThatThrownBy(() -> new ShortestPathCompiler(g))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--resolution")
                .hasMessageContaining("1.5");
    }

    @Test
    void nanAndInfiniteWeightsAreRefused() {
        assertThatThrownBy(() -> new ShortestPathCompiler(withIds().addArc(0, 1, Double.NaN).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("101 -> 102");
        assertThatThrownBy(() -> new ShortestPathCompiler(withIds().addArc(0, 1, Double.POSITIVE_INFINITY).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("101 -> 102");
    }
}
