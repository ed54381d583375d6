package org.spikegraph.hardware.legalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Outcome;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
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

/**
 * Legalized networks spike like the originals: random shortest-path circuits decode to the same
 * distances with the same first-spike times on every chip limit set and both delay strategies, and
 * random networks keep every spike of every original neuron; every legalized network respects its limits, and
 * with TrueNorth's one-axon rule passes TrueNorth's legality check and is placed on its cores.
 */
class LegalizerProperties {

    /** A random directed graph: n vertices, up to 4n arcs with integer weights 1..200 (some parallel, some loops). */
    static CsrGraph randomGraph(long seed, int n) {
        Random rnd = new Random(seed);
        CsrGraphBuilder b = new CsrGraphBuilder(true).vertexCount(n).weighted();
        int m = rnd.nextInt(4 * n + 1);
        for (int a = 0; a < m; a++) {
            b.addArc(rnd.nextInt(n), rnd.nextInt(n), 1 + rnd.nextInt(200));
        }
        return b.build();
    }

    @Property(tries = 200)
    void legalizedShortestPathCircuitsDecodeTheSameDistances(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n,
                                                             @ForAll Chips chip, @ForAll DelayStrategy strategy) {
        CsrGraph graph = randomGraph(seed, n);
        int source = Math.floorMod(seed, n);
        Circuit<ShortestPaths> circuit = new ShortestPathCompiler(graph).singleSource(source);
        Outcome<ShortestPaths> original = circuit.run(new EventEngine(), 0);

        Legalized l = Legalizer.legalize(circuit.network(), chip.limits, strategy);
        Statistics.label("relays").collect(l.relayNeurons() == 0 ? "none" : "some");
        Statistics.label("fan trees").collect(l.pass(PassReport.Pass.FAN_IN).neuronsAdded()
                + l.pass(PassReport.Pass.FAN_OUT).neuronsAdded() > 0);

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
        assertThat(after.run().stepsSpanned()).isEqualTo(original.run().stepsSpanned());
        if (chip.limits.oneAxon()) {
            Statistics.label("one-axon splits").collect(l.pass(PassReport.Pass.ONE_AXON).neuronsAdded() > 0);
            Legality.require(l.network(), Profiles.byName("truenorth"));
            Placement.place(l.network(), Profiles.byName("truenorth"));
        }
    }

    /**
     * Networks of OR-type neurons (threshold 1, weights 1..3, some latches, some with refractory periods) whose
     * sources fire repeatedly, on consecutive steps too: every pass applies, and every spike of every original
     * neuron is kept, on both engines.
     */
    @Property(tries = 120)
    void orNetworksKeepEverySpike(@ForAll long seed, @ForAll @IntRange(min = 1, max = 16) int n,
                                  @ForAll Chips chip, @ForAll DelayStrategy strategy) {
        Random rnd = new Random(seed);
        NeuronType[] kinds = {NeuronType.latch(1), NeuronType.integrateAndFire(1),
            NeuronType.builder().refractory(2).build(), NeuronType.builder().leak(Leak.full()).build()};
        NetworkBuilder b = Network.builder();
        for (int i = 0; i < n; i++) {
            b.neuron(kinds[rnd.nextInt(kinds.length)]);
        }
        int m = rnd.nextInt(5 * n + 1);
        for (int j = 0; j < m; j++) {
            b.synapse(rnd.nextInt(n), rnd.nextInt(n), 1 + rnd.nextInt(3), 2 + rnd.nextInt(40));
        }
        Network net = b.build();
        Stimulus stim = randomSpikes(rnd, n);
        Legalized l = Legalizer.legalize(net, chip.limits, strategy);
        Checks.assertWithinLimits(l.network(), chip.limits);
        assertSameSpikes(net, l, stim);
    }

    /**
     * Any network (thresholds 1..4, negative weights, leaks, soft resets, refractory periods) under limits with no
     * fan-in limit and wide precision: the delay and fan-out passes are exact delay lines for every neuron.
     */
    @Property(tries = 120)
    void anyNetworkKeepsEverySpikeThroughDelayAndFanOutPasses(@ForAll long seed, @ForAll @IntRange(min = 1, max = 16) int n,
                                                               @ForAll @IntRange(min = 2, max = 16) int maxDelay,
                                                               @ForAll @IntRange(min = 2, max = 6) int maxFanOut,
                                                               @ForAll DelayStrategy strategy) {
        Random rnd = new Random(seed);
        NetworkBuilder b = Network.builder();
        for (int i = 0; i < n; i++) {
            b.neuron(NeuronType.builder().threshold(1 + rnd.nextInt(4))
                    .leak(rnd.nextBoolean() ? Leak.none() : Leak.shift(1 + rnd.nextInt(3)))
                    .reset(rnd.nextBoolean() ? Reset.hard() : Reset.soft())
                    .refractory(rnd.nextInt(3)).bias(rnd.nextInt(4) == 0 ? 1 : 0).build());
        }
        // At most 5n <= 80 synapses per source: a fan-out tree of limit 2 is at most 7 levels deep, and
        // each level takes a step from the relayed delays, so delays >= 8 always leave room (shorter
        // delays may be refused, as documented, which is not what this property is about).
        int m = rnd.nextInt(5 * n + 1);
        for (int j = 0; j < m; j++) {
            b.synapse(rnd.nextInt(n), rnd.nextInt(n), rnd.nextInt(7) - 2, 8 + rnd.nextInt(60));
        }
        Network net = b.build();
        ChipLimits limits = new ChipLimits(maxDelay, ChipLimits.NONE, maxFanOut, 16, 32, false);
        Legalized l = Legalizer.legalize(net, limits, strategy);
        Checks.assertWithinLimits(l.network(), limits);
        assertSameSpikes(net, l, randomSpikes(rnd, n));
    }

    private static Stimulus randomSpikes(Random rnd, int n) {
        Stimulus.Builder sb = Stimulus.builder();
        int k = rnd.nextInt(3 * n + 1);
        for (int i = 0; i < k; i++) {
            int neuron = rnd.nextInt(n);
            int step = rnd.nextInt(20);
            sb.spike(neuron, step);
            if (rnd.nextBoolean()) {
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
