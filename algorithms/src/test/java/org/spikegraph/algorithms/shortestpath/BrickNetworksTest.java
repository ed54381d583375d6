package org.spikegraph.algorithms.shortestpath;

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

/**
 * The compilers rewritten on bricks build the networks the hand-written constructions built: same
 * neurons in the same order, same synapses (the hop-bounded copy even in the same storage order; the
 * wavefront with witnesses in another order within a neuron's row, which no engine can tell apart,
 * since a step's input is an exact sum).
 */
class BrickNetworksTest {

    @Seeded(150)
    void wavefrontAndWitnessesAreTheOldNetwork(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = RandomGraphs.multigraph(dice, dice.chance(0.5), RandomGraphs.Weights.ZERO_TO_100,
                dice.between(1, 30), dice.between(0, 90)).csr();
        DelayEncoding encoding = DelayEncoding.choose(g, null);
        for (PathReadout readout : PathReadout.values()) {
            Network bricks = new ShortestPathCompiler(g, encoding, readout).network();
            Network old = oldShortestPath(g, encoding, readout);
            assertThat(rows(bricks)).as("%s", readout).isEqualTo(rows(old));
            assertThat(types(bricks)).isEqualTo(types(old));
        }
    }

    /** The host-readout network, written straight into its rows, is the old one synapse for synapse, long delays too. */
    @Seeded(150)
    void directlyWrittenWavefrontIsTheOldNetworkInStorageOrder(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = RandomGraphs.multigraph(dice, dice.chance(0.5), dice.pick(RandomGraphs.Weights.NONE, RandomGraphs.Weights.ZERO_TO_100,
                RandomGraphs.Weights.UP_TO_MILLION, RandomGraphs.Weights.REAL),
                dice.between(1, 30), dice.between(0, 90)).csr();
        DelayEncoding encoding = dice.chance(0.3) ? DelayEncoding.hops()
                : dice.chance(0.3) ? DelayEncoding.choose(g, 0.01) // weights up to 100 become delays up to 10^4
                : DelayEncoding.choose(g, g.integralWeights() ? null : 0.5);
        Network direct = new ShortestPathCompiler(g, encoding, PathReadout.HOST).network();
        Network old = oldShortestPath(g, encoding, PathReadout.HOST);
        assertThat(storage(direct)).isEqualTo(storage(old));
        assertThat(types(direct)).isEqualTo(types(old));
        assertThat(direct.maxDelay()).isEqualTo(old.maxDelay());
    }

    @Seeded(150)
    void layeredCopyIsTheOldNetworkSynapseForSynapse(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = RandomGraphs.multigraph(dice, dice.chance(0.5), dice.pick(RandomGraphs.Weights.NONE,
                RandomGraphs.Weights.SMALL_INTEGERS), dice.between(1, 25), dice.between(0, 70)).csr();
        int k = dice.between(0, 5);
        Network bricks = new HopBoundedCompiler(g).compile(0, k).network();
        Network old = oldHopBounded(g, k);
        assertThat(storage(bricks)).isEqualTo(storage(old));
        assertThat(types(bricks)).isEqualTo(types(old));
    }

    /** The construction ShortestPathCompiler had before bricks. */
    private static Network oldShortestPath(CsrGraph graph, DelayEncoding encoding, PathReadout readout) {
        int n = graph.vertexCount();
        int m = graph.arcCount();
        NetworkBuilder b = Network.builder();
        NeuronType latch = NeuronType.latch(1);
        b.neurons(latch, n);
        if (readout == PathReadout.IN_CIRCUIT) {
            b.neurons(latch, m);
        }
        for (int u = 0; u < n; u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                int v = graph.target(a);
                if (v == u) {
                    continue;
                }
                int delay = encoding.delay(graph.weight(a));
                b.synapse(u, v, 1, delay);
                if (readout == PathReadout.IN_CIRCUIT) {
                    b.synapse(u, n + a, 1, delay);
                    b.synapse(v, n + a, -1, 1);
                }
            }
        }
        return b.build();
    }

    /** The construction HopBoundedCompiler had before bricks. */
    private static Network oldHopBounded(CsrGraph graph, int k) {
        int n = graph.vertexCount();
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.latch(1), (k + 1) * n);
        for (int h = 1; h <= k; h++) {
            int below = (h - 1) * n;
            int layer = h * n;
            for (int u = 0; u < n; u++) {
                b.synapse(below + u, layer + u, 1, 1);
                for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                    int v = graph.target(a);
                    if (v != u) {
                        long w = graph.weighted() ? (long) graph.weight(a) : 1;
                        b.synapse(below + u, layer + v, 1, (int) (w + 1));
                    }
                }
            }
        }
        return b.build();
    }

    private static List<NeuronType> types(Network net) {
        List<NeuronType> t = new ArrayList<>();
        for (int v = 0; v < net.neuronCount(); v++) {
            t.add(net.type(v));
        }
        return t;
    }

    /** Every neuron's outgoing synapses as a sorted list: the network up to order within a row. */
    private static List<List<String>> rows(Network net) {
        List<List<String>> rows = storageRows(net);
        rows.forEach(r -> r.sort(null));
        return rows;
    }

    private static List<List<String>> storage(Network net) {
        return storageRows(net);
    }

    private static List<List<String>> storageRows(Network net) {
        List<List<String>> rows = new ArrayList<>();
        for (int s = 0; s < net.neuronCount(); s++) {
            rows.add(new ArrayList<>());
        }
        net.forEachSynapse((s, t, w, d) -> rows.get(s).add(t + ":" + w + ":" + d));
        return rows;
    }
}
