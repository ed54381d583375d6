package org.spikegraph.algorithms.dag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** The longest-path compiler on bricks builds the network of the hand-written construction, synapse for synapse. */
class LongestPathNetworkTest {

    @Seeded(150)
    void thresholdGatesAreTheOldNetwork(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = dice.chance(0.7)
                ? RandomGraphs.dag(dice, dice.between(1, 30), dice.between(0, 90), dice.chance(0.5)).arcs().csr()
                : RandomGraphs.multigraph(dice, true, RandomGraphs.Weights.LENGTHS, dice.between(1, 20), dice.between(0, 60)).csr();
        Network bricks = new LongestPathCompiler(g).network();
        Network old = old(g);
        assertThat(synapses(bricks)).isEqualTo(synapses(old));
        for (int v = 0; v < g.vertexCount(); v++) {
            assertThat(bricks.type(v)).isEqualTo(old.type(v));
        }
        assertThat(bricks.neuronCount()).isEqualTo(old.neuronCount());
    }

    /** The construction LongestPathCompiler had before bricks. */
    private static Network old(CsrGraph graph) {
        int n = graph.vertexCount();
        int[] inDegree = new int[n];
        for (int a = 0; a < graph.arcCount(); a++) {
            inDegree[graph.target(a)]++;
        }
        NetworkBuilder b = Network.builder();
        for (int v = 0; v < n; v++) {
            b.neuron(NeuronType.latch(Math.max(1, inDegree[v])));
        }
        for (int u = 0; u < n; u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                b.synapse(u, graph.target(a), 1, graph.weighted() ? (int) graph.weight(a) : 1);
            }
        }
        return b.build();
    }

    private static List<String> synapses(Network net) {
        List<String> out = new ArrayList<>();
        net.forEachSynapse((s, t, w, d) -> out.add(s + ">" + t + ":" + w + ":" + d));
        return out;
    }
}
