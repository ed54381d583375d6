package org.spikegraph.algorithms.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.interfaces.MaximumFlowAlgorithm.MaximumFlow;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.validation.MaxFlowValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.run.Engine;

/**
 * Spiking Edmonds–Karp on random directed and undirected graphs (2..30 vertices, parallel arcs,
 * self-loops, zero capacities, unit capacities) on both engines, against JGraphT's Edmonds–Karp and
 * Push–Relabel on an independently built JGraphT graph: same value, feasible flow, cut capacity =
 * value.
 */
class MaxFlowProperties {

    enum Engines {
        REFERENCE, EVENT;

        Engine create() {
            return this == REFERENCE ? new ReferenceEngine() : new EventEngine();
        }
    }

    record Pair(CsrGraph csr, Graph<Integer, DefaultWeightedEdge> jgrapht) {}

    static Pair random(long seed, boolean directed, boolean unit, int n, int m) {
        Random rnd = new Random(seed);
        CsrGraphBuilder b = new CsrGraphBuilder(directed).vertexCount(n);
        // JGraphT 1.5.3's max-flow algorithms are wrong on some multigraphs (see MaxFlowValidator.reference),
        // so the reference is the equivalent simple graph: parallel arcs merged, capacities summed, no loops
        Graph<Integer, DefaultWeightedEdge> g = directed
                ? new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class)
                : new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        for (int i = 0; i < m; i++) {
            int u = rnd.nextInt(n);
            int v = rnd.nextInt(10) == 0 ? u : rnd.nextInt(n);
            double c = unit ? 1 : rnd.nextInt(12);
            if (unit) {
                b.addEdge(u, v);
            } else {
                b.addEdge(u, v, c);
            }
            if (u != v) {
                DefaultWeightedEdge e = g.getEdge(u, v);
                if (e == null) {
                    g.setEdgeWeight(g.addEdge(u, v), c);
                } else {
                    g.setEdgeWeight(e, g.getEdgeWeight(e) + c);
                }
            }
        }
        return new Pair(b.build(), g);
    }

    @Property(tries = 200)
    void valueEqualsEdmondsKarpAndPushRelabelFlowIsFeasibleAndCutMatches(
            @ForAll long seed, @ForAll boolean directed, @ForAll boolean unit,
            @ForAll @IntRange(min = 2, max = 30) int n, @ForAll @IntRange(min = 0, max = 100) int m,
            @ForAll Engines engine) {
        Pair p = random(seed, directed, unit, n, m);
        Random rnd = new Random(seed ^ 0x5DEECE66DL);
        int s = rnd.nextInt(n);
        int t = (s + 1 + rnd.nextInt(n - 1)) % n;
        MaxFlow f = new MaxFlowCompiler(p.csr(), s, t).solve(engine.create(), seed);
        double ek = new EdmondsKarpMFImpl<>(p.jgrapht()).getMaximumFlowValue(s, t);
        double pr = new PushRelabelMFImpl<>(p.jgrapht()).getMaximumFlowValue(s, t);
        assertThat(f.value()).isEqualTo(ek).isEqualTo(pr);
        assertThat(f.cutCapacity()).isEqualTo(f.value());
        assertThat(f.totals().runs()).isEqualTo(f.augmentations() + 1);
        Validation v = MaxFlowValidator.validate(f, p.jgrapht());
        assertThat(v.agrees()).as("%s", v).isTrue();
    }

    @Property(tries = 60)
    void bothEnginesGiveTheSameFlowAndActivity(@ForAll long seed, @ForAll boolean directed,
                                               @ForAll @IntRange(min = 2, max = 25) int n,
                                               @ForAll @IntRange(min = 0, max = 80) int m) {
        Pair p = random(seed, directed, false, n, m);
        MaxFlowCompiler c = new MaxFlowCompiler(p.csr(), 0, n - 1);
        MaxFlow a = c.solve(new ReferenceEngine(), seed);
        MaxFlow b = c.solve(new EventEngine(), seed);
        for (int arc = 0; arc < p.csr().arcCount(); arc++) {
            assertThat(b.flow(arc)).isEqualTo(a.flow(arc));
        }
        assertThat(b.totals()).usingRecursiveComparison().ignoringFields("simulateNanos").isEqualTo(a.totals());
    }

    @Property(tries = 100)
    void theJGraphTAdapterMatchesEdmondsKarp(@ForAll long seed, @ForAll boolean directed,
                                             @ForAll @IntRange(min = 2, max = 25) int n,
                                             @ForAll @IntRange(min = 0, max = 80) int m, @ForAll Engines engine) {
        Pair p = random(seed, directed, false, n, m);
        Graph<Integer, DefaultWeightedEdge> g = p.jgrapht();
        SpikingMaxFlow<Integer, DefaultWeightedEdge> spiking = new SpikingMaxFlow<>(g, engine.create());
        MaximumFlow<DefaultWeightedEdge> flow = spiking.getMaximumFlow(0, n - 1);
        assertThat(flow.getValue()).isEqualTo(new EdmondsKarpMFImpl<>(g).getMaximumFlowValue(0, n - 1));
        // feasibility through JGraphT's own view of the flow: capacity and conservation
        double[] net = new double[n];
        for (Map.Entry<DefaultWeightedEdge, Double> e : flow.getFlowMap().entrySet()) {
            double f = e.getValue();
            assertThat(f).isBetween(0.0, g.getEdgeWeight(e.getKey()));
            int to = spiking.getFlowDirection(e.getKey());
            int from = org.jgrapht.Graphs.getOppositeVertex(g, e.getKey(), to);
            net[to] += f;
            net[from] -= f;
        }
        for (int v = 1; v < n - 1; v++) {
            assertThat(net[v]).isZero();
        }
        assertThat(net[n - 1]).isEqualTo(flow.getValue());
        double cut = spiking.getCutEdges().stream().mapToDouble(g::getEdgeWeight).sum();
        assertThat(spiking.getCutCapacity()).isEqualTo(flow.getValue());
        assertThat(spiking.getSourcePartition()).contains(0).doesNotContain(n - 1);
        if (directed) {
            assertThat(cut).isEqualTo(flow.getValue());
        }
    }
}
