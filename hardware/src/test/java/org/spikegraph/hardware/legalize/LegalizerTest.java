package org.spikegraph.hardware.legalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.spikegraph.hardware.legalize.PassReport.Pass;
import org.spikegraph.hardware.placement.Legality;
import org.spikegraph.hardware.placement.Placement;
import org.spikegraph.hardware.profile.Profiles;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/** Tiny networks with hand-computed legalizations. */
class LegalizerTest {

    private static final NeuronType LATCH = NeuronType.latch(1);
    private static final NeuronType OR = NeuronType.integrateAndFire(1);
    private static final int NONE = ChipLimits.NONE;

    private static long[] firstSpikes(Network net, Stimulus stim, long steps) {
        Run run = new EventEngine().run(net, stim, StopCondition.afterSteps(steps), Recording.firstSpikeTimes(), 0);
        return run.firstSpikes();
    }

    private static long[] prefix(long[] a, int n) {
        return java.util.Arrays.copyOf(a, n);
    }

    // ---------------------------------------------------------------- delays

    @ParameterizedTest
    @EnumSource(value = DelayStrategy.class, names = {"RELAY_CHAINS", "TAPPED_LINES"})
    void delay100WithMax15NeedsSixRelays(DelayStrategy strategy) {
        NetworkBuilder b = Network.builder();
        b.neurons(LATCH, 2);
        Network net = b.synapse(0, 1, 1, 100).build();
        ChipLimits limits = new ChipLimits(15, NONE, NONE, 32, 32, false);

        Legalized l = Legalizer.legalize(net, limits, strategy);

        // ceil(100 / 15) - 1 = 6 relays, hops 15 x 6 + 10.
        assertThat(l.originalNeurons()).isEqualTo(2);
        assertThat(l.relayNeurons()).isEqualTo(6);
        assertThat(l.pass(Pass.DELAYS).neuronsAdded()).isEqualTo(6);
        assertThat(l.pass(Pass.DELAYS).synapsesAdded()).isEqualTo(6);
        assertThat(l.network().synapseCount()).isEqualTo(7);
        int[] delays = java.util.stream.IntStream.range(0, l.network().synapseCount()).map(l.network()::delay).sorted().toArray();
        assertThat(delays).containsExactly(10, 15, 15, 15, 15, 15, 15);
        Checks.assertWithinLimits(l.network(), limits);
        assertThat(prefix(firstSpikes(l.network(), Stimulus.spikes(0, 0), 200), 2)).containsExactly(0, 100);
        assertThat(l.description()).contains("15").contains(strategy.name());
    }

    @Test
    void tappedLinesShareTheStagesOfOneSource() {
        // 0 -> 1 delay 100, 0 -> 2 delay 40, 0 -> 3 delay 31; maxDelay 15.
        NetworkBuilder b = Network.builder();
        b.neurons(LATCH, 4);
        Network net = b.synapse(0, 1, 1, 100).synapse(0, 2, 1, 40).synapse(0, 3, 1, 31).build();
        ChipLimits limits = new ChipLimits(15, NONE, NONE, 32, 32, false);

        Legalized chains = Legalizer.legalize(net, limits, DelayStrategy.RELAY_CHAINS);
        Legalized tapped = Legalizer.legalize(net, limits, DelayStrategy.TAPPED_LINES);

        // Chains: 6 + 2 + 2 relays, each adding one synapse. Line: stages at 15, 30, ..., 90; 40 and 31 tap stage 2
        // (at 30) with final delays 10 and 1, 100 taps stage 6 (at 90) with 10.
        assertThat(chains.relayNeurons()).isEqualTo(10);
        assertThat(chains.network().synapseCount()).isEqualTo(13);
        assertThat(tapped.relayNeurons()).isEqualTo(6);
        assertThat(tapped.network().synapseCount()).isEqualTo(9);
        assertThat(tapped.network().outDegree(0)).isEqualTo(1);
        int stage2 = 4 + 1;
        assertThat(tapped.network().outDegree(stage2)).isEqualTo(3);
        for (Legalized l : List.of(chains, tapped)) {
            Checks.assertWithinLimits(l.network(), limits);
            assertThat(prefix(firstSpikes(l.network(), Stimulus.spikes(0, 0), 200), 4)).containsExactly(0, 100, 40, 31);
        }
    }

    @ParameterizedTest
    @EnumSource(value = DelayStrategy.class, names = {"RELAY_CHAINS", "TAPPED_LINES"})
    void spikesOnConsecutiveStepsPassThroughADelayLineIntact(DelayStrategy strategy) {
        // A non-latching source forced at 0, 1, 2, 5 and 6; the target copies every spike 100 steps later.
        NetworkBuilder b = Network.builder();
        b.neurons(OR, 2);
        Network net = b.synapse(0, 1, 1, 100).build();
        Stimulus stim = Stimulus.builder().spike(0, 0).spike(0, 1).spike(0, 2).spike(0, 5).spike(0, 6).build();
        Legalized l = Legalizer.legalize(net, new ChipLimits(15, NONE, NONE, 9, 20, false), strategy);

        for (Engine e : List.of(new ReferenceEngine(), new EventEngine())) {
            List<List<Long>> trains = Checks.spikeTrains(e, l.network(), stim, 200, 2);
            assertThat(trains.get(0)).containsExactly(0L, 1L, 2L, 5L, 6L);
            assertThat(trains.get(1)).containsExactly(100L, 101L, 102L, 105L, 106L);
            assertThat(trains).isEqualTo(Checks.spikeTrains(e, net, stim, 200, 2));
        }
    }

    @ParameterizedTest
    @EnumSource(value = DelayStrategy.class, names = {"RELAY_CHAINS", "TAPPED_LINES"})
    void relaysThatCannotFitAreRefusedBeforeTheyAreBuilt(DelayStrategy strategy) {
        // 200 sources, each with a delay of 2e9 steps: 200 x 2e9 / 15 relays, more than a network holds.
        NetworkBuilder b = Network.builder();
        b.neurons(OR, 201);
        for (int s = 0; s < 200; s++) {
            b.synapse(s, 200, 1, 2_000_000_000);
        }
        Network net = b.build();
        assertThatThrownBy(() -> Legalizer.legalize(net, new ChipLimits(15, NONE, NONE, 9, 20, false), strategy))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("relay neurons").hasMessageContaining("more than a network holds")
                .hasMessageContaining("shorter delays");
    }

    @ParameterizedTest
    @EnumSource(value = DelayStrategy.class, names = {"RELAY_CHAINS", "TAPPED_LINES"})
    void fanOutTreesAreBuiltBeforeTheDelaysAreCut(DelayStrategy strategy) {
        // 0 -> 1..4, all delay 4; maxDelay 3, fan-out 3. Fan-out first: 1 relay (2 synapses stay direct with delay 4,
        // the relay carries 2 with delay 3). Then the two direct ones exceed maxDelay: chains need a relay each,
        // the tapped line one stage for both.
        NetworkBuilder b = Network.builder();
        b.neurons(LATCH, 5);
        for (int t = 1; t <= 4; t++) {
            b.synapse(0, t, 1, 4);
        }
        ChipLimits limits = new ChipLimits(3, NONE, 3, 32, 32, false);
        Legalized l = Legalizer.legalize(b.build(), limits, strategy);
        assertThat(l.pass(Pass.FAN_OUT).neuronsAdded()).isEqualTo(1);
        assertThat(l.pass(Pass.DELAYS).neuronsAdded()).isEqualTo(strategy == DelayStrategy.RELAY_CHAINS ? 2 : 1);
        Checks.assertWithinLimits(l.network(), limits);
        assertThat(prefix(firstSpikes(l.network(), Stimulus.spikes(0, 0), 20), 5)).containsExactly(0, 4, 4, 4, 4);
    }

    @Test
    void longSynapsesGiveFanOutTreesTheirDepth() {
        // 0 -> 1..5, delay 30; maxDelay 2, fan-out 2. No one-level tree holds 5 (0 direct + 2 relays x 2 = 4), so
        // 2 relays take groups of 2 and 3, and the group of 3 needs one more relay: 3 fan-out relays.
        NetworkBuilder b = Network.builder();
        b.neurons(LATCH, 6);
        for (int t = 1; t <= 5; t++) {
            b.synapse(0, t, 1, 30);
        }
        ChipLimits limits = new ChipLimits(2, NONE, 2, 32, 32, false);
        Legalized l = Legalizer.legalize(b.build(), limits, DelayStrategy.TAPPED_LINES);
        assertThat(l.pass(Pass.FAN_OUT).neuronsAdded()).isEqualTo(3);
        Checks.assertWithinLimits(l.network(), limits);
        assertThat(prefix(firstSpikes(l.network(), Stimulus.spikes(0, 0), 40), 6)).containsExactly(0, 30, 30, 30, 30, 30);
    }

    // ---------------------------------------------------------------- fan-out and fan-in trees

    @Test
    void fanOutStarGetsARelayTree() {
        // 0 -> t with delay t + 1 for t = 1..10; fan-out 3. Root: no single-level tree fits 10 (at best 0 direct +
        // 3 relays x 3 = 9), so 3 relays take groups of 3, 3 and 4 (the largest delays in the largest group); the
        // group of 4 needs one more relay (2 direct + 1 relay of 2). 4 relays, 10 + 3 + 1 synapses.
        NetworkBuilder b = Network.builder();
        b.neurons(LATCH, 11);
        for (int t = 1; t <= 10; t++) {
            b.synapse(0, t, 1, t + 1);
        }
        ChipLimits limits = new ChipLimits(NONE, NONE, 3, 32, 32, false);
        Legalized l = Legalizer.legalize(b.build(), limits, DelayStrategy.RELAY_CHAINS);
        assertThat(l.pass(Pass.FAN_OUT).neuronsAdded()).isEqualTo(4);
        assertThat(l.network().synapseCount()).isEqualTo(14);
        assertThat(l.network().outDegree(0)).isEqualTo(3);
        Checks.assertWithinLimits(l.network(), limits);
        long[] first = firstSpikes(l.network(), Stimulus.spikes(0, 0), 30);
        for (int t = 1; t <= 10; t++) {
            assertThat(first[t]).as("target %d", t).isEqualTo(t + 1);
        }
    }

    @Test
    void fanInStarOfAnOrNeuronKeepsEveryArrival() {
        // Sources 1..10 -> 0 with delays 2, 4, ..., 20, target an OR-type neuron that fires on every arrival (not a
        // latch); fan-in 3: the same tree shape as the fan-out star, 4 relays. Sources fire at 0 and again at 1.
        NetworkBuilder b = Network.builder();
        b.neurons(OR, 11);
        for (int s = 1; s <= 10; s++) {
            b.synapse(s, 0, 1, 2 * s);
        }
        Network net = b.build();
        ChipLimits limits = new ChipLimits(NONE, 3, NONE, 32, 32, false);
        Legalized l = Legalizer.legalize(net, limits, DelayStrategy.TAPPED_LINES);
        assertThat(l.pass(Pass.FAN_IN).neuronsAdded()).isEqualTo(4);
        assertThat(l.relayNeurons()).isEqualTo(4);
        Checks.assertWithinLimits(l.network(), limits);

        Stimulus.Builder sb = Stimulus.builder();
        for (int s = 1; s <= 10; s++) {
            sb.spike(s, 0).spike(s, 1);
        }
        Stimulus stim = sb.build();
        List<List<Long>> trains = Checks.spikeTrains(new EventEngine(), l.network(), stim, 40, 11);
        assertThat(trains.get(0)).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L,
                18L, 19L, 20L, 21L);
        assertThat(trains).isEqualTo(Checks.spikeTrains(new ReferenceEngine(), net, stim, 40, 11));
    }

    @Test
    void fanInAboveTheLimitIntoANonOrNeuronIsRejected() {
        NetworkBuilder b = Network.builder();
        b.neuron(NeuronType.latch(2));
        b.neurons(LATCH, 4);
        for (int s = 1; s <= 4; s++) {
            b.synapse(s, 0, 1, 5);
        }
        Network net = b.build();
        assertThatThrownBy(() -> Legalizer.legalize(net, new ChipLimits(NONE, 3, NONE, 32, 32, false), DelayStrategy.RELAY_CHAINS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neuron 0 has 4 incoming synapses")
                .hasMessageContaining("fan-in limit 3")
                .hasMessageContaining("not OR-type");
    }

    @Test
    void fanInWithTooManyDelayOneInputsIsRejected() {
        // 4 inputs of delay 1 into a latch, fan-in 3: at most 2 can stay direct beside one relay, and none can be relayed.
        NetworkBuilder b = Network.builder();
        b.neurons(LATCH, 5);
        for (int s = 1; s <= 4; s++) {
            b.synapse(s, 0, 1, 1);
        }
        Network net = b.build();
        assertThatThrownBy(() -> Legalizer.legalize(net, new ChipLimits(NONE, 3, NONE, 32, 32, false), DelayStrategy.RELAY_CHAINS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neuron 0")
                .hasMessageContaining("fan-in limit 3")
                .hasMessageContaining("4 of them have delay 1");
    }

    @Test
    void fanOutWithTooManyDelayOneOutputsIsRejected() {
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.integrateAndFire(3), 5);
        for (int t = 1; t <= 4; t++) {
            b.synapse(0, t, 1, t == 4 ? 2 : 1);
        }
        Network net = b.build();
        assertThatThrownBy(() -> Legalizer.legalize(net, new ChipLimits(NONE, NONE, 3, 32, 32, false), DelayStrategy.RELAY_CHAINS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neuron 0")
                .hasMessageContaining("fan-out limit 3")
                .hasMessageContaining("3 of them have delay 1");
    }

    // ---------------------------------------------------------------- precision

    @Test
    void aWeightOutsideTheBitsIntoANonOrNeuronIsRejectedWithTheSynapse() {
        NetworkBuilder b = Network.builder();
        b.neuron(OR);
        b.neuron(NeuronType.integrateAndFire(400).toBuilder().potentialBits(20).build());
        Network net = b.synapse(0, 1, 300, 3).build();
        assertThatThrownBy(() -> Legalizer.legalize(net, new ChipLimits(15, 256, 256, 9, 20, false), DelayStrategy.RELAY_CHAINS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("synapse 0 -> 1 has weight 300")
                .hasMessageContaining("9-bit signed range [-256, 255]");
    }

    @Test
    void aNegativeWeightOutsideTheBitsIsRejected() {
        NetworkBuilder b = Network.builder();
        b.neurons(OR, 2);
        Network net = b.synapse(1, 0, -3, 1).synapse(0, 1, 1, 1).build();
        assertThatThrownBy(() -> Legalizer.legalize(net, new ChipLimits(15, 256, 256, 2, 20, false), DelayStrategy.RELAY_CHAINS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("synapse 1 -> 0 has weight -3")
                .hasMessageContaining("[-2, 1]");
    }

    @Test
    void aLargeWeightIntoAnOrNeuronIsRescaledToOne() {
        NetworkBuilder b = Network.builder();
        b.neurons(LATCH, 2);
        Network net = b.synapse(0, 1, 300, 3).build();
        ChipLimits limits = new ChipLimits(15, 256, 256, 9, 20, false);
        Legalized l = Legalizer.legalize(net, limits, DelayStrategy.RELAY_CHAINS);
        assertThat(l.network().weight(0)).isEqualTo(1);
        assertThat(l.pass(Pass.PRECISION).detail()).contains("1 weights into OR-type neurons rescaled to 1");
        Checks.assertWithinLimits(l.network(), limits);
        assertThat(prefix(firstSpikes(l.network(), Stimulus.spikes(0, 0), 10), 2)).containsExactly(0, 3);
    }

    @Test
    void widePotentialsOfOrNeuronsAreNarrowedOthersRejected() {
        // A 32-bit latch narrows exactly to the chip's 20 bits.
        NetworkBuilder b = Network.builder();
        b.neurons(LATCH, 2);
        Legalized l = Legalizer.legalize(b.synapse(0, 1, 1, 2).build(), new ChipLimits(15, 256, 256, 9, 20, false),
                DelayStrategy.RELAY_CHAINS);
        assertThat(l.network().type(0)).isEqualTo(LATCH.toBuilder().potentialBits(20).build());
        assertThat(l.pass(Pass.PRECISION).detail()).contains("2 neurons of 1 types narrowed to 20 bits");

        // A 32-bit integrate-and-fire neuron with threshold 2 may integrate past 20 bits: rejected.
        NetworkBuilder b2 = Network.builder();
        b2.neuron(OR.toBuilder().potentialBits(20).build());
        b2.neuron(NeuronType.integrateAndFire(2));
        Network net2 = b2.synapse(0, 1, 1, 2).build();
        assertThatThrownBy(() -> Legalizer.legalize(net2, new ChipLimits(15, 256, 256, 9, 20, false), DelayStrategy.RELAY_CHAINS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neuron 1 has a type declaring 32-bit potentials")
                .hasMessageContaining("above the chip's 20 bits");

        // A full-leak gate whose inputs fit 20 bits narrows.
        NetworkBuilder b3 = Network.builder();
        b3.neuron(OR.toBuilder().potentialBits(20).build());
        b3.neuron(NeuronType.builder().threshold(2).leak(org.spikegraph.substrate.neuron.Leak.full()).build());
        Legalized l3 = Legalizer.legalize(b3.synapse(0, 1, 2, 2).build(), new ChipLimits(15, 256, 256, 9, 20, false),
                DelayStrategy.RELAY_CHAINS);
        assertThat(l3.network().type(1).potentialBits()).isEqualTo(20);

        // A threshold beyond 20 bits is rejected whatever the neuron.
        NetworkBuilder b4 = Network.builder();
        b4.neuron(NeuronType.integrateAndFire(1 << 20));
        Network net4 = b4.build();
        assertThatThrownBy(() -> Legalizer.legalize(net4, new ChipLimits(15, 256, 256, 9, 20, false), DelayStrategy.RELAY_CHAINS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neuron 0 has threshold 1048576")
                .hasMessageContaining("20-bit");
    }

    @Test
    void aNetworkThatAlreadyFitsIsCopiedUnchanged() {
        NetworkBuilder b = Network.builder();
        b.neurons(LATCH, 3);
        Network net = b.synapse(0, 1, 1, 3).synapse(1, 2, 1, 4).build();
        Legalized l = Legalizer.legalize(net, ChipLimits.unlimited(), DelayStrategy.TAPPED_LINES);
        assertThat(l.relayNeurons()).isZero();
        assertThat(l.network().synapseCount()).isEqualTo(2);
        assertThat(l.passes()).extracting(PassReport::pass).containsExactly(Pass.PRECISION, Pass.FAN_IN, Pass.FAN_OUT, Pass.DELAYS,
                Pass.ONE_AXON);
        assertThat(l.pass(Pass.ONE_AXON).detail()).isEqualTo("not required");
    }
    // ---------------------------------------------------------------- one axon

    private static List<String> synapses(Network net) {
        List<String> out = new java.util.ArrayList<>();
        net.forEachSynapse((s, t, w, d) -> out.add(s + "->" + t + " w" + w + " d" + d));
        return out;
    }

    /**
     * Neuron 0 has delays 5, 3 and 1 (its delay-1 target 3 is fed by neuron 4 too): the synapses of delays 5
     * and 3 get private splitter relays 8 and 9 (hop 1, then 4 and 2), the delay-1 synapse stays direct.
     * Neuron 4 (out-degree 1) and neuron 5 (one delay, private targets 6 and 7) are left alone.
     */
    @Test
    void oneAxonSplitsANeuronWithSeveralDelaysThroughPrivateRelays() {
        NetworkBuilder b = Network.builder();
        b.neurons(OR, 8);
        Network net = b.synapse(0, 1, 1, 5).synapse(0, 2, 2, 3).synapse(0, 3, 1, 1).synapse(4, 3, 1, 2)
                .synapse(5, 6, 1, 4).synapse(5, 7, 1, 4).build();
        ChipLimits limits = new ChipLimits(15, 256, 256, 9, 20, true);

        Legalized l = Legalizer.legalize(net, limits, DelayStrategy.RELAY_CHAINS);

        assertThat(l.originalNeurons()).isEqualTo(8);
        assertThat(l.relayNeurons()).isEqualTo(2);
        assertThat(l.pass(Pass.ONE_AXON).neuronsAdded()).isEqualTo(2);
        assertThat(l.pass(Pass.ONE_AXON).synapsesAdded()).isEqualTo(2);
        assertThat(l.pass(Pass.ONE_AXON).detail()).isEqualTo("1 neurons split, 1 delay-1 synapses to shared targets kept direct");
        assertThat(synapses(l.network())).containsExactlyInAnyOrder(
                "0->8 w1 d1", "0->9 w1 d1", "0->3 w1 d1", "8->1 w1 d4", "9->2 w2 d2", "4->3 w1 d2", "5->6 w1 d4", "5->7 w1 d4");
        assertThat(l.network().type(8).threshold()).isEqualTo(1);
        assertThat(l.description()).contains("one axon per neuron");
        Checks.assertWithinLimits(l.network(), limits);
        // spikes on consecutive steps too
        Stimulus stim = Stimulus.builder().spike(0, 0).spike(0, 1).spike(4, 3).spike(5, 0).build();
        for (Engine e : List.of(new ReferenceEngine(), new EventEngine())) {
            assertThat(Checks.spikeTrains(e, l.network(), stim, 30, 8)).isEqualTo(Checks.spikeTrains(e, net, stim, 30, 8));
        }
        assertThat(Checks.spikeTrains(new EventEngine(), l.network(), stim, 30, 8).get(1)).containsExactly(5L, 6L);
        Legality.require(l.network(), Profiles.byName("truenorth"));
        Placement p = Placement.place(l.network(), Profiles.byName("truenorth"));
        assertThat(p.core(0)).isEqualTo(p.core(8)).isEqualTo(p.core(9)).isEqualTo(p.core(3));
        assertThat(p.core(6)).isEqualTo(p.core(7));
    }

    /**
     * Without the rule the same network fails TrueNorth's legality check, as before; with it the delay pass's
     * tapped lines leave 2..15 steps per tap (stages every 14 steps), so every tap can take a splitter hop.
     */
    @Test
    void oneAxonTappedLinesLeaveRoomForASplitterHop() {
        NetworkBuilder b = Network.builder();
        b.neurons(LATCH, 3);
        Network net = b.synapse(0, 1, 1, 16).synapse(0, 2, 1, 30).build();
        Legalized plain = Legalizer.legalize(net, new ChipLimits(15, 256, 256, 9, 20, false), DelayStrategy.TAPPED_LINES);
        assertThatThrownBy(() -> Legality.require(plain.network(), Profiles.byName("truenorth")))
                .hasMessageContaining("one axon and one delay");

        ChipLimits limits = new ChipLimits(15, 256, 256, 9, 20, true);
        Legalized l = Legalizer.legalize(net, limits, DelayStrategy.TAPPED_LINES);
        // line 0 -> 3 (14) -> 4 (14); taps 3 -> 1 (2) and 4 -> 2 (2); stage 3 has delays 2 and 14: split.
        assertThat(l.pass(Pass.DELAYS).neuronsAdded()).isEqualTo(2);
        assertThat(l.pass(Pass.ONE_AXON).neuronsAdded()).isEqualTo(2);
        assertThat(synapses(l.network())).containsExactlyInAnyOrder(
                "0->3 w1 d14", "3->5 w1 d1", "5->1 w1 d1", "3->6 w1 d1", "6->4 w1 d13", "4->2 w1 d2");
        assertThat(prefix(firstSpikes(l.network(), Stimulus.spikes(0, 0), 50), 3)).containsExactly(0, 16, 30);
        Legality.require(l.network(), Profiles.byName("truenorth"));
        Placement.place(l.network(), Profiles.byName("truenorth"));
    }
}
