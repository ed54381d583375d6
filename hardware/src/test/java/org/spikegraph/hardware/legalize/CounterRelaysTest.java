package org.spikegraph.hardware.legalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Outcome;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.stimulus.Stimulus;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.NetSpec;
import org.spikegraph.substrate.testing.RandomNetworks;
import org.spikegraph.substrate.testing.Seeded;

/**
 * {@link DelayStrategy#COUNTERS}: one clock per fire-once source and one fire-once counter per window; exact by
 * simulation on both engines (hand-built cases, seeded random networks made fire-once, random shortest-path
 * circuits), and refused, naming the neuron, for a source that can spike twice.
 */
class CounterRelaysTest {

    private static final NeuronType LATCH = NeuronType.latch(1);
    private static final int NONE = ChipLimits.NONE;
    private static final List<Engine> ENGINES = List.of(new ReferenceEngine(), new EventEngine());

    @Test
    void oneLatchWithFiveLongSynapsesGetsAClockAndTwoCounters() {
        // 0 -> 1..5 with delays 70, 100, 130, 140, 300 and maxDelay 62 (a tapped line would need 4 stages). The best
        // offset is a = 52 (3 relays, then the fewest clock spikes): windows (d - 53) / 62 = 0, 0, 1, 1, 3 -> the clock
        // taps 70 and 100 itself, counters for windows 1 and 3.
        NetworkBuilder b = Network.builder();
        b.neurons(LATCH, 6);
        int[] delays = {70, 100, 130, 140, 300};
        for (int t = 1; t <= 5; t++) {
            b.synapse(0, t, 1, delays[t - 1]);
        }
        Network net = b.build();
        ChipLimits limits = new ChipLimits(62, NONE, NONE, 9, 24, false);

        Legalized l = Legalizer.legalize(net, limits, DelayStrategy.COUNTERS);

        assertThat(l.relayNeurons()).isEqualTo(3);
        assertThat(l.pass(PassReport.Pass.DELAYS).detail()).isEqualTo("1 clocks, 2 counters, 0 tapped lines");
        // s -> clock, clock -> 2 counters, the self-loop and the stop; the 5 synapses are re-sourced
        assertThat(l.network().synapseCount()).isEqualTo(5 + 5);
        Checks.assertWithinLimits(l.network(), limits);
        Stimulus stim = Stimulus.spikes(3, 0);
        for (Engine e : ENGINES) {
            List<List<Long>> trains = Checks.spikeTrains(e, l.network(), stim, 1_000, l.network().neuronCount());
            assertThat(trains.subList(0, 6)).isEqualTo(Checks.spikeTrains(e, net, stim, 1_000, 6));
            assertThat(trains.get(5)).containsExactly(303L);
            assertThat(trains.get(1)).containsExactly(73L);
            // the clock spikes at 3 + 52 + 62 i for i = 0..3 (the last counter's window), then the stop holds it
            assertThat(trains.get(6)).containsExactly(55L, 117L, 179L, 241L);
            for (int c = 7; c <= 8; c++) {
                assertThat(trains.get(c)).hasSize(1);
            }
        }
    }

    @Test
    void aFirstWindowTargetThatIsNotAFireOnceOrNeuronTapsAGuard() {
        // 0 -> 1 (delay 70, target integrate-and-fire threshold 2, weight 2) and 0 -> 2 (delay 300): the clock spikes
        // 5 times, so target 1 must not see it: it taps a fire-once guard instead.
        NetworkBuilder b = Network.builder();
        b.neuron(LATCH);
        b.neuron(NeuronType.builder().threshold(2).potentialBits(24).build());
        b.neuron(LATCH);
        Network net = b.synapse(0, 1, 2, 70).synapse(0, 2, 1, 300).build();
        ChipLimits limits = new ChipLimits(62, NONE, NONE, 9, 24, false);

        Legalized l = Legalizer.legalize(net, limits, DelayStrategy.COUNTERS);

        assertThat(l.relayNeurons()).isEqualTo(3); // clock, one counter, guard
        Stimulus stim = Stimulus.spikes(0, 0);
        for (Engine e : ENGINES) {
            List<List<Long>> trains = Checks.spikeTrains(e, l.network(), stim, 1_000, 3);
            assertThat(trains.get(1)).containsExactly(70L);
            assertThat(trains.get(2)).containsExactly(300L);
            assertThat(trains).isEqualTo(Checks.spikeTrains(e, net, stim, 1_000, 3));
        }
    }

    @Test
    void aSourceWhoseTappedLineIsNoLongerGetsTheLine() {
        // delays 70 and 100: a line of 1 stage, counters would need a clock (and more): the line is kept.
        NetworkBuilder b = Network.builder();
        b.neurons(LATCH, 3);
        Network net = b.synapse(0, 1, 1, 70).synapse(0, 2, 1, 100).build();
        Legalized l = Legalizer.legalize(net, new ChipLimits(62, NONE, NONE, 9, 24, false), DelayStrategy.COUNTERS);
        assertThat(l.relayNeurons()).isEqualTo(1);
        assertThat(l.pass(PassReport.Pass.DELAYS).detail()).isEqualTo("0 clocks, 0 counters, 1 tapped lines");
        Stimulus stim = Stimulus.spikes(0, 0);
        for (Engine e : ENGINES) {
            assertThat(Checks.spikeTrains(e, l.network(), stim, 500, 3)).isEqualTo(Checks.spikeTrains(e, net, stim, 500, 3));
        }
    }

    @Test
    void aSourceThatCanSpikeTwiceIsRefusedByName() {
        NetworkBuilder b = Network.builder();
        b.neuron(LATCH);
        b.neuron(NeuronType.integrateAndFire(1));
        b.neuron(LATCH);
        Network net = b.synapse(0, 1, 1, 10).synapse(1, 2, 1, 100).build();
        assertThatThrownBy(() -> Legalizer.legalize(net, new ChipLimits(62, NONE, NONE, 9, 24, false), DelayStrategy.COUNTERS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neuron 1 ").hasMessageContaining("can spike more than once")
                .hasMessageContaining("1 -> 2 of delay 100 above 62").hasMessageContaining("relay chains or tapped lines");
        // Short synapses from such a neuron need no counter and are not refused.
        NetworkBuilder sb = Network.builder();
        sb.neurons(NeuronType.integrateAndFire(1), 2);
        Network shortOnly = sb.synapse(0, 1, 1, 5).build();
        assertThat(Legalizer.legalize(shortOnly, new ChipLimits(62, NONE, NONE, 9, 24, false), DelayStrategy.COUNTERS)
                .relayNeurons()).isZero();
    }

    @Test
    void aCountBeyondThePotentialWidthIsRefusedNamingTheSynapse() {
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.builder().fireOnce().potentialBits(4).build(), 2);
        Network net = b.synapse(0, 1, 1, 62 * 10).build();
        assertThatThrownBy(() -> Legalizer.legalize(net, new ChipLimits(62, NONE, NONE, 9, 4, false), DelayStrategy.COUNTERS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("synapse 0 -> 1 (delay 620)").hasMessageContaining("4-bit potential 7");
    }

    @Test
    void cheapestIsAChoiceThatTheLegalizerAloneCannotMake() {
        NetworkBuilder b = Network.builder();
        b.neurons(LATCH, 2);
        Network net = b.synapse(0, 1, 1, 100).build();
        assertThatThrownBy(() -> Legalizer.legalize(net, ChipLimits.unlimited(), DelayStrategy.CHEAPEST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Projector.project(program, profile, CHEAPEST, seed)");
    }

    /**
     * RandomNetworks' networks (every reset, leak, bias, width, fire chance; weights up to 2^22; delays up to
     * 110,000) with every type made fire-once, stimulus currents kept non-negative (the OR-type condition), on
     * random delay limits (one axon sometimes): every original neuron spikes at the same steps on both engines.
     */
    @Seeded(150)
    void randomFireOnceNetworksKeepEverySpike(long seed) {
        Dice dice = new Dice(seed);
        NetSpec spec = RandomNetworks.networks(dice);
        List<NeuronType> types = spec.types().stream().map(t -> t.toBuilder().fireOnce().build()).toList();
        List<NetSpec.Stim> stim = spec.stimulus().stream()
                .map(s -> new NetSpec.Stim(s.neuron(), s.step(), s.forced(), Math.max(0, s.current()))).toList();
        NetSpec once = new NetSpec(types, spec.typeOf(), spec.synapses(), stim, Math.min(spec.maxSteps(), 120_000L),
                false, new int[0], false, spec.seed());
        Network net = once.network();
        ChipLimits limits = new ChipLimits(dice.between(2, 64), NONE, NONE, 32, 32, dice.chance(0.3));

        Legalized l = Legalizer.legalize(net, limits, DelayStrategy.COUNTERS);

        Checks.assertWithinLimits(l.network(), limits);
        // no fan-in, fan-out or precision pass applies here, so the delay pass saw the network as given: its room
        // declared exactly the relays and synapses it added
        WorkingNetwork w = WorkingNetwork.of(net);
        assertThat(DelayStrategy.COUNTERS.lines().relays(w, limits)).isEqualTo(l.pass(PassReport.Pass.DELAYS).neuronsAdded());
        assertThat(DelayStrategy.COUNTERS.lines().synapses(w, limits)).isEqualTo(l.pass(PassReport.Pass.DELAYS).synapsesAdded());
        int n = net.neuronCount();
        for (Engine e : ENGINES) {
            assertThat(Checks.spikeTrains(e, l.network(), once.stim(), once.maxSteps(), n))
                    .as("%s, %s", limits, e.getClass().getSimpleName())
                    .isEqualTo(Checks.spikeTrains(e, net, once.stim(), once.maxSteps(), n));
        }
    }

    /** Random shortest-path circuits (latches) on every limit set: same first spikes on both engines with counters. */
    @Seeded(100)
    void randomShortestPathCircuitsDecodeTheSameWithCounters(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 30);
        Chips chip = dice.pick(Chips.values());
        CsrGraph graph = LegalizerProperties.randomGraph(dice, n);
        Circuit<ShortestPaths> circuit = new ShortestPathCompiler(graph).singleSource(dice.between(0, n - 1));

        Legalized l;
        try {
            l = Legalizer.legalize(circuit.network(), chip.limits, DelayStrategy.COUNTERS);
        } catch (IllegalArgumentException e) {
            // a clock needs one synapse per counter plus its own loop: refused, by name, only on tiny fan-out limits
            assertThat(e).hasMessageContaining("above the fan-out limit");
            assertThat(chip.limits.maxFanOut()).isLessThanOrEqualTo(3);
            return;
        }

        Checks.assertWithinLimits(l.network(), chip.limits);
        Circuit<ShortestPaths> legal = new Circuit<>(circuit.problem(), l.network(), circuit.stimulus(), circuit.stop(),
                circuit.recording(), circuit.decoder());
        for (Engine e : ENGINES) {
            Outcome<ShortestPaths> want = circuit.run(e, 0);
            Outcome<ShortestPaths> got = legal.run(e, 0);
            for (int v = 0; v < n; v++) {
                assertThat(got.answer().distance(v)).as("vertex %d on %s", v, chip).isEqualTo(want.answer().distance(v));
            }
        }
    }
}
