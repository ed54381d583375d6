package org.spikegraph.algorithms.spanningtree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.interfaces.SpanningTreeAlgorithm.SpanningTree;
import org.jgrapht.alg.spanning.KruskalMinimumSpanningTree;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.testing.Engines;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.EdgeList;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.algorithms.validation.SpanningForestValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * Spiking Borůvka on random directed and undirected graphs (1..40 vertices, self-loops, parallel
 * edges, isolated vertices, many tied weights, real and negative weights) on both engines, against
 * JGraphT's Kruskal on an independently built undirected JGraphT graph.
 */
class SpanningForestProperties {

    /** The weight regimes of these properties: unweighted, small integers (many ties), real and negative. */
    private static final Weights[] WEIGHTS = {Weights.NONE, Weights.SMALL_INTEGERS, Weights.REAL_AND_NEGATIVE};

    /** The CSR graph and an independent undirected JGraphT copy (a directed arc is an undirected edge). */
    record Pair(CsrGraph csr, Graph<Integer, DefaultWeightedEdge> undirected) {

        /** n vertices, 0..maxM drawn edges. */
        static Pair random(Dice dice, boolean directed, Weights weights, int n, int maxM) {
            EdgeList list = RandomGraphs.multigraph(dice, directed, weights, n, dice.between(0, maxM));
            return new Pair(list.csr(), list.undirectedJGraphT());
        }
    }

    @Seeded(200)
    void weightEqualsKruskalAndTheAnswerIsASpanningForest(long seed) {
        Dice dice = new Dice(seed);
        Weights weights = dice.pick(WEIGHTS);
        int n = dice.between(1, 40);
        Engines engine = dice.pick(Engines.values());
        Pair p = Pair.random(dice, dice.chance(0.5), weights, n, 120);
        Execution<SpanningForest> e = new SpanningForestCompiler(p.csr()).program().execute(engine.create(), seed);
        SpanningForest f = e.answer();
        double kruskal = new KruskalMinimumSpanningTree<>(p.undirected()).getSpanningTree().getWeight();
        assertThat(f.weight()).isCloseTo(kruskal, within(1e-9));
        int components = new ConnectivityInspector<>(p.undirected()).connectedSets().size();
        assertThat(f.components()).isEqualTo(components);
        assertThat(f.edgeCount()).isEqualTo(n - components);
        Validation v = SpanningForestValidator.validate(f, p.undirected());
        assertThat(v.agrees()).as("%s", v).isTrue();
        // Borůvka: at most ceil(log2 n) rounds, plus the first run when nothing merges
        int log2 = 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1));
        assertThat(f.runs()).isBetween(1, Math.max(1, log2)).isEqualTo(e.totals().runs());
        assertThat(e.totals().spikes()).isGreaterThanOrEqualTo(n);
    }

    @Seeded(60)
    void bothEnginesGiveTheSameForestAndActivity(long seed) {
        Dice dice = new Dice(seed);
        Pair p = Pair.random(dice, dice.chance(0.5), Weights.SMALL_INTEGERS, dice.between(1, 30), 80);
        SpanningForestCompiler c = new SpanningForestCompiler(p.csr());
        Execution<SpanningForest> a = c.program().execute(new ReferenceEngine(), seed);
        Execution<SpanningForest> b = c.program().execute(new EventEngine(), seed);
        assertThat(b.answer().arcs()).containsExactly(a.answer().arcs());
        assertThat(b.totals()).usingRecursiveComparison().ignoringFields("simulateNanos").isEqualTo(a.totals());
    }

    @Seeded(100)
    void theJGraphTAdapterMatchesKruskal(long seed) {
        Dice dice = new Dice(seed);
        boolean directed = dice.chance(0.5);
        int n = dice.between(1, 30);
        Engines engine = dice.pick(Engines.values());
        EdgeList list = RandomGraphs.multigraph(dice, directed, Weights.SMALL_INTEGERS, n, dice.between(0, 80));
        Graph<Integer, DefaultWeightedEdge> g = list.jgrapht();
        Graph<Integer, DefaultWeightedEdge> undirected = list.undirectedJGraphT();
        SpikingSpanningTree<Integer, DefaultWeightedEdge> spiking = new SpikingSpanningTree<>(g, engine.create());
        SpanningTree<DefaultWeightedEdge> tree = spiking.getSpanningTree();
        assertThat(tree.getWeight())
                .isEqualTo(new KruskalMinimumSpanningTree<>(undirected).getSpanningTree().getWeight());
        int components = new ConnectivityInspector<>(undirected).connectedSets().size();
        assertThat(tree.getEdges()).hasSize(n - components).allSatisfy(e -> assertThat(g.containsEdge(e)).isTrue());
        double sum = tree.getEdges().stream().mapToDouble(g::getEdgeWeight).sum();
        assertThat(sum).isEqualTo(tree.getWeight());
    }
}
