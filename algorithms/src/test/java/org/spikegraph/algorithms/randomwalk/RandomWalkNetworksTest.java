package org.spikegraph.algorithms.randomwalk;

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
 * The random-walk and PageRank compilers on bricks build the network of the hand-written
 * construction: same neurons in the same order, same synapses (in another order within a row,
 * which no engine can tell apart: a step's input is an exact sum and draws are per neuron and step).
 */
class RandomWalkNetworksTest {

    // random walks (walker layers) and PageRank (walkers and teleport bricks) against their old constructions

    @Seeded(150)
    void walkerLayersAreTheOldNetwork(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 15);
        int sinks = dice.between(0, Math.min(3, n - 1));
        CsrGraph g = RandomGraphs.walkGraph(dice, n, dice.between(n - sinks, 4 * n), sinks).csr();
        RandomWalkCompiler compiler = new RandomWalkCompiler(g);
        if (dice.chance(0.3)) {
            compiler = compiler.absorbingAt(dice.between(0, n - 1));
        }
        int steps = dice.between(0, 4);
        int walkers = dice.between(1, 300);
        Network bricks = compiler.walks(0, walkers, steps).network();
        Network old = old(compiler, g, steps, RandomWalkCompiler.entry(walkers));
        assertThat(rows(bricks)).isEqualTo(rows(old));
        List<NeuronType> a = new ArrayList<>();
        List<NeuronType> b = new ArrayList<>();
        for (int v = 0; v < bricks.neuronCount(); v++) {
            a.add(bricks.type(v));
        }
        for (int v = 0; v < old.neuronCount(); v++) {
            b.add(old.type(v));
        }
        assertThat(a).isEqualTo(b);
    }

    @Seeded(150)
    void pageRankBricksAreTheOldNetwork(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 15);
        int sinks = dice.between(0, Math.min(3, n - 1));
        CsrGraph g = RandomGraphs.walkGraph(dice, n, dice.between(n - sinks, 4 * n), sinks).csr();
        double damping = dice.between(0, 95) / 100.0;
        int perVertex = dice.between(1, 20);
        Network bricks = new PageRankCompiler(g, damping).walks(perVertex).network();
        Network old = oldPageRank(g, RoutingTree.fireChance(damping, 1), RandomWalkCompiler.entry((long) perVertex * n));
        assertThat(rows(bricks)).isEqualTo(rows(old));
        for (int v = 0; v < old.neuronCount(); v++) {
            assertThat(bricks.type(v)).isEqualTo(old.type(v));
        }
        assertThat(bricks.neuronCount()).isEqualTo(old.neuronCount());
    }

    /** The construction PageRankCompiler had before bricks (its layout arithmetic included). */
    private static Network oldPageRank(CsrGraph graph, int continueChance, NeuronType queue) {
        int n = graph.vertexCount();
        int[] degree = RandomWalkCompiler.positiveOutDegrees(graph);
        int maxDegree = 0;
        int[] offset = new int[n + 1];
        for (int u = 0; u < n; u++) {
            maxDegree = Math.max(maxDegree, degree[u]);
            offset[u + 1] = offset[u] + 3 + RoutingTree.neurons(degree[u]);
        }
        int teleport = offset[n];
        NetworkBuilder b = Network.builder();
        for (int u = 0; u < n; u++) {
            b.neuron(queue);
            b.neuron(RoutingTree.choice(continueChance));
            b.neuron(RoutingTree.FALLBACK);
            if (degree[u] > 1) {
                RoutingTree.addNeurons(b::neuron, RandomWalkCompiler.choices(graph, u, degree[u], null), 0, degree[u]);
            }
        }
        b.neuron(queue);
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        RoutingTree.addNeurons(b::neuron, ones, 0, n);
        int[] targets = new int[maxDegree];
        for (int u = 0; u < n; u++) {
            int entry = offset[u];
            int go = entry + 1;
            int end = entry + 2;
            b.synapse(entry, go, 1, 1);
            b.synapse(entry, end, 1, 2);
            b.synapse(go, end, -1, 1);
            if (degree[u] == 0) {
                b.synapse(go, teleport, 1, 1);
                continue;
            }
            RandomWalkCompiler.choices(graph, u, degree[u], targets);
            RoutingTree.addSynapses(b::synapse, go, entry + 3, 0, degree[u],
                    (option, neuron, o) -> b.synapse(neuron, offset[targets[option]], 1, 1));
        }
        RoutingTree.addSynapses(b::synapse, teleport, teleport + 1, 0, n,
                (option, neuron, o) -> b.synapse(neuron, offset[option], 1, 1));
        return b.build();
    }

    /** The construction RandomWalkCompiler had before bricks (its layout arithmetic included). */
    private static Network old(RandomWalkCompiler compiler, CsrGraph graph, int steps, NeuronType queue) {
        int n = graph.vertexCount();
        int[] degree = new int[n];
        int maxDegree = 0;
        for (int u = 0; u < n; u++) {
            degree[u] = compiler.absorbing(u) ? 0 : RandomWalkCompiler.positiveOutDegrees(graph)[u];
            maxDegree = Math.max(maxDegree, degree[u]);
        }
        int[] vertexOffset = new int[n + 1];
        for (int u = 0; u < n; u++) {
            vertexOffset[u + 1] = vertexOffset[u] + 1 + RoutingTree.neurons(degree[u]);
        }
        int layerSize = vertexOffset[n];
        java.util.function.BiFunction<Integer, Integer, Integer> entry =
                (t, v) -> t < steps ? t * layerSize + vertexOffset[v] : steps * layerSize + v;
        int d = compiler.stepsPerGraphStep();
        NetworkBuilder b = Network.builder();
        for (int t = 0; t < steps; t++) {
            for (int u = 0; u < n; u++) {
                b.neuron(queue);
                if (degree[u] > 1) {
                    RoutingTree.addNeurons(b::neuron, RandomWalkCompiler.choices(graph, u, degree[u], null), 0, degree[u]);
                }
            }
        }
        b.neurons(queue, n);
        int[] targets = new int[maxDegree];
        for (int t = 0; t < steps; t++) {
            int layer = t;
            for (int u = 0; u < n; u++) {
                if (degree[u] == 0) {
                    continue;
                }
                RandomWalkCompiler.choices(graph, u, degree[u], targets);
                int e = entry.apply(t, u);
                RoutingTree.addSynapses(b::synapse, e, e + 1, 0, degree[u],
                        (option, neuron, offset) -> b.synapse(neuron, entry.apply(layer + 1, targets[option]), 1, d - offset));
            }
        }
        return b.build();
    }

    private static List<List<String>> rows(Network net) {
        List<List<String>> rows = new ArrayList<>();
        for (int s = 0; s < net.neuronCount(); s++) {
            rows.add(new ArrayList<>());
        }
        net.forEachSynapse((s, t, w, dl) -> rows.get(s).add(t + ":" + w + ":" + dl));
        rows.forEach(r -> r.sort(null));
        return rows;
    }
}
