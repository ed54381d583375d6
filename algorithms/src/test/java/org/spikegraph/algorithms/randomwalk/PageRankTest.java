package org.spikegraph.algorithms.randomwalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.generate.NamedGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.WeightedPseudograph;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.circuit.Outcome;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.PageRankValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.testing.Dice;

/**
 * Spiking PageRank against JGraphT's {@code PageRank} on small graphs (dangling vertices, weights,
 * self-loops, parallel arcs), on both engines. Each check: every vertex's JGraphT score lies in the
 * estimate's interval for &delta; / n with &delta; = 10^-3 (Chernoff + rounding bound); seeds are fixed, so
 * the tests are deterministic. The real-graph check is {@link RealPageRankTest}.
 */
class PageRankTest {

    private static final double DELTA = 1e-3;
    private static final Engine[] ENGINES = {new ReferenceEngine(), new EventEngine()};

    /** 7 vertices: a cycle with chords, a dangling vertex 5 and an isolated vertex 6. */
    static CsrGraph withDangling() {
        return new CsrGraphBuilder(true).vertexCount(7)
                .addArc(0, 1).addArc(1, 2).addArc(2, 0).addArc(2, 3).addArc(3, 4).addArc(4, 0)
                .addArc(4, 5).addArc(1, 5).addArc(0, 3)
                .build();
    }

    /** 10 vertices, 40 random weighted arcs (self-loops and parallel arcs allowed); vertices 8 and 9 dangle. */
    static CsrGraph randomWeighted(long seed) {
        return RandomGraphs.walkGraph(new Dice(seed), 10, 40, 2).csr();
    }

    @Test
    void danglingAndIsolatedVerticesMatchJGraphT() {
        check(withDangling(), 0.85, 3_000, 5);
    }

    @Test
    void weightedGraphsWithLoopsAndParallelArcsMatchJGraphT() {
        for (long seed = 1; seed <= 3; seed++) {
            check(randomWeighted(seed), 0.85, 3_000, seed);
        }
    }

    @Test
    void otherDampingFactorsMatchJGraphT() {
        check(randomWeighted(7), 0.5, 3_000, 7);
        check(withDangling(), 0.95, 2_000, 8);
        check(withDangling(), 0.0, 1_000, 9); // every walk ends where it starts: 1/n each
    }

    @Test
    void theCheckRejectsAWrongGraph() {
        CsrGraph g = randomWeighted(1);
        PageRankEstimate e = new PageRankCompiler(g, 0.85).walks(3_000).run(new EventEngine(), 1).answer();
        Graph<Integer, DefaultWeightedEdge> other = JGraphTGraphs.of(randomWeighted(2));
        Validation v = PageRankValidator.validate(e, other, DELTA);
        assertThat(v.agrees()).isFalse();
        assertThat(v.examples().get(0)).contains("outside the spiking interval");
    }

    @Test
    void everyWalkEndsSomewhereAndTheSeedMatters() {
        CsrGraph g = withDangling();
        PageRankCompiler c = new PageRankCompiler(g, 0.85);
        PageRankEstimate a = c.walks(500).run(new EventEngine(), 1).answer();
        PageRankEstimate b = c.walks(500).run(new EventEngine(), 2).answer();
        assertThat(a.walkers()).isEqualTo(3_500);
        long ends = 0;
        for (int v = 0; v < 7; v++) {
            ends += a.ends(v);
            assertThat(a.visits(v)).as("a walk visits where it ends").isGreaterThanOrEqualTo(a.ends(v));
        }
        assertThat(ends).isEqualTo(3_500);
        assertThat(a.visits(6)).as("isolated vertex 6: its own walkers plus teleports").isGreaterThanOrEqualTo(500);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void theNetworkDoesNotGrowWithTheWalks() {
        CsrGraph g = withDangling(); // 9 arcs out of 5 non-dangling vertices: 2 * (9 - 5) tree neurons
        PageRankCompiler c = new PageRankCompiler(g, 0.85);
        int neurons = 3 * 7 + 2 * (9 - 5) + 2 * 7 - 1;
        assertThat(c.walks(1).network().neuronCount()).isEqualTo(neurons);
        assertThat(c.walks(10_000).network().neuronCount()).isEqualTo(neurons);
    }

    @Test
    void theRoundingBoundFollowsFromTheChances() {
        // d = 0.85: round(55705.6) = 55706. withDangling's vertex trees split 1/2 (exact); the teleport
        // tree over 7 splits {0, 1, 2 | 3..6} at 3/7 (28087), {0 | 1, 2} at 1/3 (21845), the rest in halves.
        PageRankCompiler c = new PageRankCompiler(withDangling(), 0.85);
        double unit = Math.scalb(1.0, -16);
        double r = 28087 * unit;
        double a = 21845 * unit;
        double[] q = {r * a, r * (1 - a) / 2, r * (1 - a) / 2, (1 - r) / 4, (1 - r) / 4, (1 - r) / 4, (1 - r) / 4};
        double teleport = 0;
        for (double x : q) {
            teleport += Math.abs(x - 1.0 / 7) / 2;
        }
        double expected = (Math.abs(55706 * unit - 0.85) + 0.85 * teleport) / (1 - 0.85);
        assertThat(c.quantizationBound()).isCloseTo(expected, offset(1e-15));
        assertThat(new PageRankCompiler(new CsrGraphBuilder(true).vertexCount(2).addArc(0, 1).addArc(1, 0).build(), 0.5)
                .quantizationBound()).as("every chance exact").isZero();
    }

    @Test
    void spikingPageRankIsAJGraphTVertexScoringAlgorithm() {
        Graph<Integer, DefaultWeightedEdge> g = JGraphTGraphs.of(withDangling());
        SpikingPageRank<Integer, DefaultWeightedEdge> spiking = new SpikingPageRank<>(g, 0.85, 2_000, new EventEngine(), 3);
        Map<Integer, Double> exact = new PageRank<>(g, 0.85, 10_000, 1e-12).getScores();
        double sum = 0;
        for (int v = 0; v < 7; v++) {
            double[] in = spiking.estimate().interval(spiking.indexedGraph().index(v), DELTA / 7);
            assertThat(exact.get(v)).isBetween(in[0], in[1]);
            assertThat(spiking.getVertexScore(v)).isEqualTo(spiking.getScores().get(v));
            sum += spiking.getVertexScore(v);
        }
        assertThat(sum).isCloseTo(1, offset(1e-12));
        assertThatThrownBy(() -> spiking.getVertexScore(99)).isInstanceOf(IllegalArgumentException.class);
        assertThat(spiking.outcome().run().activity().spikes()).isPositive();
    }

    @Test
    void aDropInForJGraphTPageRankOnAnUndirectedUnweightedGraph() {
        Graph<Integer, DefaultEdge> karate = new SimpleGraph<>(SupplierUtil.createIntegerSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        new NamedGraphGenerator<Integer, DefaultEdge>().generateZacharyKarateClubGraph(karate);
        SpikingPageRank<Integer, DefaultEdge> spiking = new SpikingPageRank<>(karate, 0.85, 3_000, new EventEngine(), 11);
        Map<Integer, Double> exact = new PageRank<>(karate, 0.85, 10_000, 1e-12).getScores();
        int n = karate.vertexSet().size();
        for (int v : karate.vertexSet()) {
            double[] in = spiking.estimate().interval(spiking.indexedGraph().index(v), DELTA / n);
            assertThat(exact.get(v)).as("vertex %d", v).isBetween(in[0], in[1]);
        }
    }

    @Test
    void aVertexWhoseArcsAllWeighZeroDangles() {
        // 1 -> 2 weighs 0: the walk never takes it, so 1 dangles (JGraphT is given the graph without it).
        CsrGraph g = new CsrGraphBuilder(true).vertexCount(3).weighted().addArc(0, 1, 1).addArc(1, 2, 0).addArc(2, 0, 1).build();
        check(g, 0.85, 3_000, 4);
    }

    @Test
    void anUndirectedSelfLoopIsOneArcAsInJGraphTsWeightedPageRank() {
        Graph<Integer, DefaultWeightedEdge> g = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < 4; v++) {
            g.addVertex(v);
        }
        for (int v = 0; v < 4; v++) {
            g.addEdge(v, (v + 1) % 4);
        }
        g.addEdge(0, 0);
        SpikingPageRank<Integer, DefaultWeightedEdge> spiking = new SpikingPageRank<>(g, 0.85, 5_000, new EventEngine(), 2);
        Map<Integer, Double> exact = new PageRank<>(g, 0.85, 10_000, 1e-12).getScores();
        assertThat(exact.get(0)).as("the loop keeps walkers at 0").isGreaterThan(exact.get(2));
        for (int v = 0; v < 4; v++) {
            double[] in = spiking.estimate().interval(spiking.indexedGraph().index(v), DELTA / 4);
            assertThat(exact.get(v)).as("vertex %d", v).isBetween(in[0], in[1]);
        }
    }

    @Test
    void aDampingThatRoundsToCertaintyIsRefused() {
        assertThatThrownBy(() -> new PageRankCompiler(withDangling(), 0.999995)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no walk would end");
        assertThat(new PageRankCompiler(withDangling(), 0.99999).quantizationBound()).isPositive();
    }

    @Test
    void badInputsAreRejected() {
        CsrGraph g = withDangling();
        assertThatThrownBy(() -> new PageRankCompiler(g, 1.0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1)");
        assertThatThrownBy(() -> new PageRankCompiler(g, -0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRankCompiler(g, 0.85).walks(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRankCompiler(new CsrGraphBuilder(true).vertexCount(0).build(), 0.85))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no vertices");
    }

    /** Runs on both engines, checks against JGraphT and that the engines agree exactly. */
    private static void check(CsrGraph g, double damping, int walkersPerVertex, long seed) {
        PageRankEstimate first = null;
        for (Engine engine : ENGINES) {
            Outcome<PageRankEstimate> o = new PageRankCompiler(g, damping).walks(walkersPerVertex).run(engine, seed);
            Validation v = PageRankValidator.validate(o.answer(), DELTA);
            assertThat(v.agrees()).as("%s, d = %s: %s", engine.name(), damping, v).isTrue();
            assertThat(v.compared()).isEqualTo(g.vertexCount());
            if (first != null) {
                assertThat(o.answer()).as("same seed, same walks on %s", engine.name()).isEqualTo(first);
            }
            first = o.answer();
        }
    }
}
