package org.spikegraph.algorithms.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.interfaces.MaximumFlowAlgorithm.MaximumFlow;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.testing.Engines;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.EdgeList;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.algorithms.validation.MaxFlowValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * Spiking Edmonds–Karp on random directed and undirected graphs (2..30 vertices, parallel arcs,
 * self-loops, zero capacities, unit capacities) on both engines, against JGraphT's Edmonds–Karp and
 * Push–Relabel on an independently built JGraphT graph: same value, feasible flow, cut capacity =
 * value.
 */
class MaxFlowProperties {

    /**
     * The CSR graph (capacities as drawn: parallel arcs, self-loops) and the equivalent simple JGraphT graph
     * (parallels merged with capacities summed, no loops): JGraphT 1.5.3's max-flow algorithms are wrong on
     * some multigraphs (see MaxFlowValidator.reference).
     */
    record Pair(CsrGraph csr, Graph<Integer, DefaultWeightedEdge> jgrapht) {

        /** n vertices, 0..maxM drawn edges, capacities 0..10 or unit. */
        static Pair random(Dice dice, boolean directed, boolean unit, int n, int maxM) {
            EdgeList list = RandomGraphs.multigraph(dice, directed, unit ? Weights.NONE : Weights.SMALL_INTEGERS, n,
                    dice.between(0, maxM));
            return new Pair(list.csr(), list.simpleJGraphT());
        }
    }

    @Seeded(200)
    void valueEqualsEdmondsKarpAndPushRelabelFlowIsFeasibleAndCutMatches(long seed) {
        Dice dice = new Dice(seed);
        boolean unit = dice.chance(0.5);
        int n = dice.between(2, 30);
        Engines engine = dice.pick(Engines.values());
        Pair p = Pair.random(dice, dice.chance(0.5), unit, n, 100);
        int s = dice.between(0, n - 1);
        int t = (s + dice.between(1, n - 1)) % n;
        Execution<MaxFlow> e = new MaxFlowCompiler(p.csr(), s, t).program().execute(engine.create(), seed);
        MaxFlow f = e.answer();
        double ek = new EdmondsKarpMFImpl<>(p.jgrapht()).getMaximumFlowValue(s, t);
        double pr = new PushRelabelMFImpl<>(p.jgrapht()).getMaximumFlowValue(s, t);
        assertThat(f.value()).isEqualTo(ek).isEqualTo(pr);
        assertThat(f.cutCapacity()).isEqualTo(f.value());
        assertThat(f.runs()).isEqualTo(f.augmentations() + 1).isEqualTo(e.totals().runs());
        Validation v = MaxFlowValidator.validate(f, p.jgrapht());
        assertThat(v.agrees()).as("%s", v).isTrue();
    }

    @Seeded(60)
    void bothEnginesGiveTheSameFlowAndActivity(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(2, 25);
        Pair p = Pair.random(dice, dice.chance(0.5), false, n, 80);
        MaxFlowCompiler c = new MaxFlowCompiler(p.csr(), 0, n - 1);
        Execution<MaxFlow> a = c.program().execute(new ReferenceEngine(), seed);
        Execution<MaxFlow> b = c.program().execute(new EventEngine(), seed);
        for (int arc = 0; arc < p.csr().arcCount(); arc++) {
            assertThat(b.answer().flow(arc)).isEqualTo(a.answer().flow(arc));
        }
        assertThat(b.totals()).usingRecursiveComparison().ignoringFields("simulateNanos").isEqualTo(a.totals());
    }

    @Seeded(100)
    void theJGraphTAdapterMatchesEdmondsKarp(long seed) {
        Dice dice = new Dice(seed);
        boolean directed = dice.chance(0.5);
        int n = dice.between(2, 25);
        Engines engine = dice.pick(Engines.values());
        Pair p = Pair.random(dice, directed, false, n, 80);
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
