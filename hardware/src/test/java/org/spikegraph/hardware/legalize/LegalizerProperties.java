package org.spikegraph.hardware.legalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Outcome;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.Edge;
import org.spikegraph.algorithms.testing.RandomGraphs.EdgeList;
import org.spikegraph.hardware.placement.Legality;
import org.spikegraph.hardware.placement.Placement;
import org.spikegraph.hardware.profile.Profiles;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.neuron.Reset;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.stimulus.Stimulus;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * Legalized networks spike like the originals: random shortest-path circuits decode to the same
 * distances with the same first-spike times on every chip limit set and both delay strategies, and
 * random networks keep every spike of every original neuron; every legalized network respects its limits, and
 * with TrueNorth's one-axon rule passes TrueNorth's legality check and is placed on its cores.
 */
class LegalizerProperties {

    /** Relay chains and tapped lines: exact for every network (counter relays need fire-once sources). */
    static final List<DelayStrategy> EXACT_FOR_EVERY_NETWORK = List.of(DelayStrategy.RELAY_CHAINS, DelayStrategy.TAPPED_LINES);

    /**
     * A random directed multigraph ({@link RandomGraphs#multigraph}: self-loops and parallel arcs by chance): n
     * vertices, 0..4n drawn arcs, integer weights 1..200 (delays beyond every chip's limit but Loihi's, often).
     */
    static CsrGraph randomGraph(Dice dice, int n) {
        EdgeList drawn = RandomGraphs.multigraph(dice, true, RandomGraphs.Weights.LENGTHS, n, dice.between(0, 4 * n));
        List<Edge> arcs = drawn.edges().stream().map(e -> new Edge(e.u(), e.v(), dice.between(1, 200))).toList();
        return new EdgeList(n, true, true, arcs).csr();
    }

    @Seeded(200)
    void legalizedShortestPathCircuitsDecodeTheSameDistances(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 30);
        Chips chip = dice.pick(Chips.values());
        DelayStrategy strategy = dice.pick(DelayStrategy.constructions());
        CsrGraph graph = randomGraph(dice, n);
        int source = dice.between(0, n - 1);
        Circuit<ShortestPaths> circuit = new ShortestPathCompiler(graph).singleSource(source);
        Outcome<ShortestPaths> original = circuit.run(new EventEngine(), 0);

        Legalized l = Legalizer.legalize(circuit.network(), chip.limits, strategy);

        assertThat(l.originalNeurons()).isEqualTo(circuit.network().neuronCount());
        Checks.assertWithinLimits(l.network(), chip.limits);
        Circuit<ShortestPaths> legal = new Circuit<>(circuit.problem(), l.network(), circuit.stimulus(), circuit.stop(),
                circuit.recording(), circuit.decoder());
        Outcome<ShortestPaths> after = legal.run(new EventEngine(), 0);

        for (int v = 0; v < n; v++) {
            assertThat(after.answer().distance(v)).as("distance of %d", v).isEqualTo(original.answer().distance(v));
            assertThat(after.run().firstSpike(v)).as("first spike of %d", v).isEqualTo(original.run().firstSpike(v));
        }
        assertThat(after.answer().sumDistance()).isEqualTo(original.answer().sumDistance());
        assertThat(after.run().stopReason()).isEqualTo(original.run().stopReason());
        if (strategy == DelayStrategy.COUNTERS) {
            // a clock spikes once more at its last counter's step, and that spike lands up to maxDelay later
            assertThat(after.run().stepsSpanned()).isBetween(original.run().stepsSpanned(),
                    original.run().stepsSpanned() + Math.min(chip.limits.maxDelay(), 1_000_000));
        } else {
            assertThat(after.run().stepsSpanned()).isEqualTo(original.run().stepsSpanned());
        }
        if (chip.limits.oneAxon()) {
            Legality.require(l.network(), Profiles.byName("truenorth"));
            Placement.place(l.network(), Profiles.byName("truenorth"));
        }
    }

    /**
     * Networks of OR-type neurons (threshold 1, weights 1..3, some latches, some with refractory periods) whose
     * sources fire repeatedly, on consecutive steps too: every pass applies, and every spike of every original
     * neuron is kept, on both engines.
     */
    @Seeded(120)
    void orNetworksKeepEverySpike(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 16);
        Chips chip = dice.pick(Chips.values());
        DelayStrategy strategy = dice.pick(EXACT_FOR_EVERY_NETWORK);
        NeuronType[] kinds = {NeuronType.latch(1), NeuronType.integrateAndFire(1),
            NeuronType.builder().refractory(2).build(), NeuronType.builder().leak(Leak.full()).build()};
        NetworkBuilder b = Network.builder();
        for (int i = 0; i < n; i++) {
            b.neuron(dice.pick(kinds));
        }
        int m = dice.between(0, 5 * n);
        for (int j = 0; j < m; j++) {
            b.synapse(dice.between(0, n - 1), dice.between(0, n - 1), dice.between(1, 3), dice.between(2, 41));
        }
        Network net = b.build();
        Stimulus stim = randomSpikes(dice, n);
        Legalized l = Legalizer.legalize(net, chip.limits, strategy);
        Checks.assertWithinLimits(l.network(), chip.limits);
        assertSameSpikes(net, l, stim);
    }

    /**
     * Any network (thresholds 1..4, negative weights, leaks, soft resets, refractory periods) under limits with no
     * fan-in limit and wide precision: the delay and fan-out passes are exact delay lines for every neuron.
     */
    @Seeded(120)
    void anyNetworkKeepsEverySpikeThroughDelayAndFanOutPasses(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 16);
        int maxDelay = dice.between(2, 16);
        int maxFanOut = dice.between(2, 6);
        DelayStrategy strategy = dice.pick(EXACT_FOR_EVERY_NETWORK);
        NetworkBuilder b = Network.builder();
        for (int i = 0; i < n; i++) {
            b.neuron(NeuronType.builder().threshold(dice.between(1, 4))
                    .leak(dice.chance(0.5) ? Leak.none() : Leak.shift(dice.between(1, 3)))
                    .reset(dice.chance(0.5) ? Reset.hard() : Reset.soft())
                    .refractory(dice.between(0, 2)).bias(dice.chance(0.25) ? 1 : 0).build());
        }
        // At most 5n <= 80 synapses per source: a fan-out tree of limit 2 is at most 7 levels deep, and
        // each level takes a step from the relayed delays, so delays >= 8 always leave room (shorter
        // delays may be refused, as documented, which is not what this property is about).
        int m = dice.between(0, 5 * n);
        for (int j = 0; j < m; j++) {
            b.synapse(dice.between(0, n - 1), dice.between(0, n - 1), dice.between(-2, 4), dice.between(8, 67));
        }
        Network net = b.build();
        ChipLimits limits = new ChipLimits(maxDelay, ChipLimits.NONE, maxFanOut, 16, 32, false);
        Legalized l = Legalizer.legalize(net, limits, strategy);
        Checks.assertWithinLimits(l.network(), limits);
        assertSameSpikes(net, l, randomSpikes(dice, n));
    }

    private static Stimulus randomSpikes(Dice dice, int n) {
        Stimulus.Builder sb = Stimulus.builder();
        int k = dice.between(0, 3 * n);
        for (int i = 0; i < k; i++) {
            int neuron = dice.between(0, n - 1);
            int step = dice.between(0, 19);
            sb.spike(neuron, step);
            if (dice.chance(0.5)) {
                sb.spike(neuron, step + 1);
            }
        }
        return sb.build();
    }

    private static void assertSameSpikes(Network net, Legalized l, Stimulus stim) {
        int n = net.neuronCount();
        List<List<Long>> expected = Checks.spikeTrains(new ReferenceEngine(), net, stim, 300, n);
        for (Engine e : List.of(new ReferenceEngine(), new EventEngine())) {
            assertThat(Checks.spikeTrains(e, l.network(), stim, 300, n)).as("%s on %s", e.name(), l).isEqualTo(expected);
        }
    }
}
