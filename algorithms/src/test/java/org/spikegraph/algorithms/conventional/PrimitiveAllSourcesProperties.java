package org.spikegraph.algorithms.conventional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.allpairs.DistanceSummary;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * The primitive multi-source BFS and all-sources Dijkstra against JGraphT ({@link BFSShortestPath},
 * {@link DijkstraShortestPath}, {@link ClosenessCentrality}, {@link HarmonicCentrality}) and against the
 * lane engine's rows and summary, on seeded random multigraphs (directed and undirected, self-loops,
 * parallel arcs, isolated vertices, more than 64 and more than 256 sources so that batches are cut), 1..3 threads.
 */
class PrimitiveAllSourcesProperties {

    @Seeded(200)
    void rowsAndSummaryEqualJGraphTAndTheLanes(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.chance(0.3) ? dice.between(1, 5) : dice.between(1, 150);
        boolean hops = dice.chance(0.5);
        Weights weights = hops ? Weights.NONE : dice.pick(Weights.NONE, Weights.ZERO_TO_100, Weights.LENGTHS);
        RandomGraphs.EdgeList edges = RandomGraphs.multigraph(dice, dice.chance(0.5), weights, n, dice.between(0, 3 * n));
        CsrGraph g = edges.csr();
        Graph<Integer, DefaultWeightedEdge> ref = edges.jgrapht();
        int threads = dice.between(1, 3);

        Map<Integer, long[]> rows = new ConcurrentHashMap<>();
        if (hops) {
            PrimitiveMsBfs.forEachSource(g, threads, (s, d) -> assertThat(rows.put(s, d)).isNull());
        } else {
            PrimitiveAllSourcesDijkstra.forEachSource(g, threads, (s, d) -> assertThat(rows.put(s, d)).isNull());
        }
        assertThat(rows).hasSize(n);
        for (int s = 0; s < n; s++) {
            var paths = hops ? new BFSShortestPath<>(ref).getPaths(s) : new DijkstraShortestPath<>(ref).getPaths(s);
            long[] d = rows.get(s);
            for (int v = 0; v < n; v++) {
                double w = paths.getWeight(v);
                long expected = Double.isInfinite(w) ? PrimitiveDijkstra.UNREACHED : (long) w;
                assertThat(d[v]).as("d(%d, %d)", s, v).isEqualTo(expected);
            }
        }

        DistanceSummary summary = hops ? PrimitiveMsBfs.summary(g, threads) : PrimitiveAllSourcesDijkstra.summary(g, threads);
        Map<Integer, Double> closeness = new ClosenessCentrality<>(ref).getScores();
        Map<Integer, Double> harmonic = new HarmonicCentrality<>(ref).getScores();
        for (int v = 0; v < n; v++) {
            assertThat(summary.closeness(v)).as("closeness of %d", v).isEqualTo(closeness.get(v));
            assertSameHarmonic(summary.harmonic(v), harmonic.get(v), "harmonic centrality of " + v);
        }
        LaneDistances lanes = hops ? LaneDistances.hops(g, threads) : LaneDistances.weighted(g, threads);
        assertSameSummary(summary, lanes.summary());
    }

    /** The MS-BFS summary takes 256 sources a batch: graphs of up to 700 vertices cut up to three batches. */
    @Seeded(60)
    void hopSummaryOverSeveralBatchesEqualsJGraphTAndTheLanes(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(200, 700);
        RandomGraphs.EdgeList edges = RandomGraphs.multigraph(dice, dice.chance(0.5), Weights.NONE, n,
                dice.between(n / 2, 4 * n));
        CsrGraph g = edges.csr();
        int threads = dice.between(1, 3);
        DistanceSummary summary = PrimitiveMsBfs.summary(g, threads);
        Map<Integer, Double> closeness = new ClosenessCentrality<>(edges.jgrapht()).getScores();
        for (int v = 0; v < n; v++) {
            assertThat(summary.closeness(v)).as("closeness of %d", v).isEqualTo(closeness.get(v));
        }
        assertSameSummary(summary, LaneDistances.hops(g, threads).summary());
    }

    @Test
    void repeatedSourcesEachGetARowAndBadSourcesAreRefused() {
        CsrGraph g = RandomGraphs.multigraph(new Dice(7), true, Weights.LENGTHS, 30, 90).csr();
        int[] sources = new int[150];
        Arrays.setAll(sources, k -> (k * 7) % 30);
        int[] count = new int[30];
        PrimitiveMsBfs.forEachSource(g, sources, 2, (s, d) -> {
            synchronized (count) {
                count[s]++;
            }
            assertThat(d).containsExactly(PrimitiveBfs.hops(g, s));
        });
        PrimitiveAllSourcesDijkstra.forEachSource(g, sources, 2, (s, d) -> {
            synchronized (count) {
                count[s]++;
            }
            assertThat(d).containsExactly(PrimitiveDijkstra.distances(g, s));
        });
        assertThat(Arrays.stream(count).sum()).isEqualTo(300);
        assertThatThrownBy(() -> PrimitiveMsBfs.forEachSource(g, new int[] {30}, 1, (s, d) -> { }))
                .hasMessageContaining("source vertex index 30 is not in the graph (indices 0..29)");
        assertThatThrownBy(() -> PrimitiveAllSourcesDijkstra.forEachSource(g, new int[] {-1}, 1, (s, d) -> { }))
                .hasMessageContaining("source vertex index -1 is not in the graph");
        CsrGraph negative = RandomGraphs.multigraph(new Dice(4), true, Weights.REAL_AND_NEGATIVE, 10, 30).csr();
        assertThatThrownBy(() -> PrimitiveAllSourcesDijkstra.summary(negative, 1))
                .hasMessageContaining("integer weights >= 0");
    }

    static void assertSameSummary(DistanceSummary actual, DistanceSummary expected) {
        assertThat(actual.reached()).as("reached").containsExactly(expected.reached());
        assertThat(actual.farness()).as("farness").containsExactly(expected.farness());
        for (int v = 0; v < expected.vertexCount(); v++) {
            assertSameHarmonic(actual.harmonicSum()[v], expected.harmonicSum()[v], "harmonic sum of " + v);
        }
        assertThat(actual.eccentricity()).as("eccentricities").containsExactly(expected.eccentricity());
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
