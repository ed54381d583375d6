package org.spikegraph.algorithms.spanningtree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.interfaces.SpanningTreeAlgorithm.SpanningTree;
import org.jgrapht.alg.spanning.KruskalMinimumSpanningTree;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.WeightedPseudograph;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.validation.SpanningForestValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.run.Engine;

/**
 * Spiking Borůvka on random directed and undirected graphs (1..40 vertices, self-loops, parallel
 * edges, isolated vertices, many tied weights, real and negative weights) on both engines, against
 * JGraphT's Kruskal on an independently built undirected JGraphT graph.
 */
class SpanningForestProperties {

    enum Engines {
        REFERENCE, EVENT;

        Engine create() {
            return this == REFERENCE ? new ReferenceEngine() : new EventEngine();
        }
    }

    enum Weights { NONE, SMALL_INTEGERS, REAL_AND_NEGATIVE }

    /** The CSR graph and an independent undirected JGraphT copy (a directed arc is an undirected edge). */
    record Pair(CsrGraph csr, Graph<Integer, DefaultWeightedEdge> undirected) {}

    static Pair random(long seed, boolean directed, Weights weights, int n, int m) {
        Random rnd = new Random(seed);
        CsrGraphBuilder b = new CsrGraphBuilder(directed).vertexCount(n);
        Graph<Integer, DefaultWeightedEdge> g = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        for (int i = 0; i < m; i++) {
            int u = rnd.nextInt(n);
            int v = rnd.nextInt(8) == 0 ? u : rnd.nextInt(n);
            int copies = rnd.nextInt(5) == 0 ? 2 : 1;
            for (int c = 0; c < copies; c++) {
                double w = switch (weights) {
                    case NONE -> 1.0;
                    case SMALL_INTEGERS -> rnd.nextInt(6);
                    case REAL_AND_NEGATIVE -> rnd.nextInt(200) / 8.0 - 10;
                };
                if (weights == Weights.NONE) {
                    b.addEdge(u, v);
                } else {
                    b.addEdge(u, v, w);
                }
                g.setEdgeWeight(g.addEdge(u, v), w);
            }
        }
        return new Pair(b.build(), g);
    }

    @Property(tries = 200)
    void weightEqualsKruskalAndTheAnswerIsASpanningForest(@ForAll long seed, @ForAll boolean directed,
                                                          @ForAll Weights weights,
                                                          @ForAll @IntRange(min = 1, max = 40) int n,
                                                          @ForAll @IntRange(min = 0, max = 120) int m,
                                                          @ForAll Engines engine) {
        Pair p = random(seed, directed, weights, n, m);
        SpanningForest f = new SpanningForestCompiler(p.csr()).solve(engine.create(), seed);
        double kruskal = new KruskalMinimumSpanningTree<>(p.undirected()).getSpanningTree().getWeight();
        assertThat(f.weight()).isCloseTo(kruskal, within(1e-9));
        int components = new ConnectivityInspector<>(p.undirected()).connectedSets().size();
        assertThat(f.components()).isEqualTo(components);
        assertThat(f.edgeCount()).isEqualTo(n - components);
        Validation v = SpanningForestValidator.validate(f, p.undirected());
        assertThat(v.agrees()).as("%s", v).isTrue();
        // Borůvka: at most ceil(log2 n) rounds, plus the first run when nothing merges
        int log2 = 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1));
        assertThat(f.totals().runs()).isBetween(1, Math.max(1, log2));
        assertThat(f.totals().spikes()).isGreaterThanOrEqualTo(n);
    }

    @Property(tries = 60)
    void bothEnginesGiveTheSameForestAndActivity(@ForAll long seed, @ForAll boolean directed,
                                                 @ForAll @IntRange(min = 1, max = 30) int n,
                                                 @ForAll @IntRange(min = 0, max = 80) int m) {
        Pair p = random(seed, directed, Weights.SMALL_INTEGERS, n, m);
        SpanningForestCompiler c = new SpanningForestCompiler(p.csr());
        SpanningForest a = c.solve(new ReferenceEngine(), seed);
        SpanningForest b = c.solve(new EventEngine(), seed);
        assertThat(b.arcs()).containsExactly(a.arcs());
        assertThat(b.totals().runs()).isEqualTo(a.totals().runs());
        assertThat(b.totals().spikes()).isEqualTo(a.totals().spikes());
        assertThat(b.totals().synapticEvents()).isEqualTo(a.totals().synapticEvents());
        assertThat(b.totals().stepsSpanned()).isEqualTo(a.totals().stepsSpanned());
    }

    @Property(tries = 100)
    void theJGraphTAdapterMatchesKruskal(@ForAll long seed, @ForAll boolean directed,
                                         @ForAll @IntRange(min = 1, max = 30) int n,
                                         @ForAll @IntRange(min = 0, max = 80) int m, @ForAll Engines engine) {
        Random rnd = new Random(seed);
        Graph<Integer, DefaultWeightedEdge> g = directed
                ? new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class)
                : new WeightedPseudograph<>(DefaultWeightedEdge.class);
        Graph<Integer, DefaultWeightedEdge> undirected = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
            undirected.addVertex(v);
        }
        for (int i = 0; i < m; i++) {
            int u = rnd.nextInt(n);
            int v = rnd.nextInt(n);
            double w = rnd.nextInt(10);
            g.setEdgeWeight(g.addEdge(u, v), w);
            undirected.setEdgeWeight(undirected.addEdge(u, v), w);
        }
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
