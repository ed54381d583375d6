package org.spikegraph.algorithms.allpairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.conventional.PrimitiveBfs;
import org.spikegraph.algorithms.conventional.PrimitiveDijkstra;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * All-pairs distances on the lane engine against the primitive Dijkstra and BFS, and the measures
 * built on them against JGraphT, on seeded random multigraphs (directed and undirected, unweighted,
 * zero-including, lengths and weights up to 10^6, self-loops, parallel arcs, isolated vertices).
 */
class LaneDistancesProperties {

    @Seeded(300)
    void distancesAndMeasuresAgreeWithJGraphT(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.chance(0.3) ? dice.between(1, 5) : dice.between(1, 40);
        Weights weights = dice.pick(Weights.NONE, Weights.ZERO_TO_100, Weights.LENGTHS, Weights.UP_TO_MILLION);
        RandomGraphs.EdgeList edges = RandomGraphs.multigraph(dice, dice.chance(0.5), weights, n,
                dice.between(0, 3 * n));
        CsrGraph g = edges.csr();
        int threads = dice.between(1, 3);
        LaneDistances lanes = weights == Weights.NONE ? LaneDistances.hops(g, threads) : LaneDistances.weighted(g, threads);

        long[][] matrix = lanes.matrix();
        for (int s = 0; s < n; s++) {
            long[] expected = weights == Weights.NONE ? PrimitiveBfs.hops(g, s) : PrimitiveDijkstra.distances(g, s);
            assertThat(matrix[s]).as("distances from %d", s).containsExactly(expected);
        }

        DistanceSummary summary = lanes.summary();
        JGraphTMeasures<?> reference = JGraphTMeasures.of(edges.jgrapht());
        for (int v = 0; v < n; v++) {
            assertThat(summary.closeness(v)).as("closeness of %d", v).isEqualTo(reference.closeness().get(v));
            assertSameHarmonic(summary.harmonic(v), reference.harmonic().get(v), "harmonic centrality of " + v);
            assertThat(summary.eccentricityValue(v)).as("eccentricity of %d", v).isEqualTo(reference.eccentricity().get(v));
        }
        assertThat(value(summary.radius())).as("radius").isEqualTo(reference.radius());
        assertThat(value(summary.diameter())).as("diameter").isEqualTo(reference.diameter());
        assertThat(Arrays.stream(summary.centre()).boxed().collect(Collectors.toSet())).as("centre")
                .isEqualTo(reference.centre());
    }

    @Seeded(50)
    void hopsOfAWeightedGraphIgnoreTheWeights(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 30);
        CsrGraph g = RandomGraphs.multigraph(dice, true, Weights.UP_TO_MILLION, n, dice.between(0, 3 * n)).csr();
        long[][] hops = LaneDistances.hops(g, 2).matrix();
        for (int s = 0; s < n; s++) {
            assertThat(hops[s]).containsExactly(PrimitiveBfs.hops(g, s));
        }
    }

    @Test
    void streamsChosenSourcesAndRefusesUnknownOnes() {
        CsrGraph g = RandomGraphs.multigraph(new Dice(3), true, Weights.LENGTHS, 20, 60).csr();
        LaneDistances lanes = LaneDistances.weighted(g, 2);
        int[] sources = {5, 5, 19, 0};
        Set<Integer> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        lanes.forEachSource(sources, (s, d) -> {
            seen.add(s);
            assertThat(d).containsExactly(PrimitiveDijkstra.distances(g, s));
        });
        assertThat(seen).containsExactlyInAnyOrder(5, 19, 0);
        assertThatThrownBy(() -> lanes.forEachSource(new int[] {20}, (s, d) -> { }))
                .hasMessageContaining("source vertex index 20 is not in the graph (indices 0..19)");
    }

    @Test
    void refusesNegativeWeightsAndReportsNoVerticesAsZero() {
        CsrGraph negative = RandomGraphs.multigraph(new Dice(4), true, Weights.REAL_AND_NEGATIVE, 10, 30).csr();
        assertThatThrownBy(() -> LaneDistances.weighted(negative, 1)).isInstanceOf(IllegalArgumentException.class);
        DistanceSummary empty = LaneDistances.hops(RandomGraphs.multigraph(new Dice(5), true, Weights.NONE, 0, 0).csr(), 1)
                .summary();
        assertThat(empty.radius()).isZero();
        assertThat(empty.diameter()).isZero();
        assertThat(empty.centre()).isEmpty();
    }

    private static double value(long eccentricity) {
        return eccentricity == DistanceSummary.INFINITE ? Double.POSITIVE_INFINITY : eccentricity;
    }

    /**
     * Harmonic sums are added in different orders (per vertex, or per distance from counts): equal
     * within a relative 1e-12, the CLI validators' tolerance, and exactly when not finite.
     */
    static void assertSameHarmonic(double actual, double expected, String what) {
        if (!Double.isFinite(expected)) {
            assertThat(actual).as(what).isEqualTo(expected);
        } else {
            assertThat(actual).as(what).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12 * Math.abs(expected)));
        }
    }
}
