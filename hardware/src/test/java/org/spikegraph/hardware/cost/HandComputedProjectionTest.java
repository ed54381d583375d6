package org.spikegraph.hardware.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spikegraph.hardware.profile.Profiles;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * The 3-neuron chain 0 -> 1 -> 2 (delay 1), neuron 0 forced at step 0, run for 10 steps, on every
 * profile. Activity (same on every chip): spikes at steps 0, 1, 2 (one each); synaptic events 2 (at
 * steps 1 and 2); active updates 3 (one per step 0..2); idle updates 10*3 - 3 = 27; messages 2
 * (neurons 0 and 1 each reach one core, core 0; neuron 2 has no synapses); hops 0 (one core);
 * 1 core, 1 tile, 1 chip. The same example is worked in docs/hardware.md.
 */
class HandComputedProjectionTest {

    private static final double PS = 1e-12;
    private static final double NS = 1e-9;

    private static Projection project(String chip) {
        return new CostModel(Profiles.byName(chip)).project(Nets.chain3(), Stimulus.spikes(0, 0), StopCondition.afterSteps(10), 1);
    }

    private static void counts(Projection p) {
        Map<String, Double> b = p.breakdown();
        assertThat(b.get("count.stepsSpanned")).isEqualTo(10.0);
        assertThat(b.get("count.spikes")).isEqualTo(3.0);
        assertThat(b.get("count.synapticEvents")).isEqualTo(2.0);
        assertThat(b.get("count.activeNeuronUpdates")).isEqualTo(3.0);
        assertThat(b.get("count.idleNeuronUpdates")).isEqualTo(27.0);
        assertThat(b.get("count.messages")).isEqualTo(2.0);
        assertThat(b.get("count.hopsEW")).isEqualTo(0.0);
        assertThat(b.get("count.hopsNS")).isEqualTo(0.0);
        assertThat(p.cores()).isEqualTo(1);
        assertThat(p.chips()).isEqualTo(1);
        assertThat(p.neurons()).isEqualTo(3);
        assertThat(p.synapses()).isEqualTo(2);
        assertThat(p.stepsSpanned()).isEqualTo(10);
    }

    @Test
    void loihiPreSiliconAndSiliconBand() {
        Projection p = project("loihi");
        counts(p);
        Map<String, Double> b = p.breakdown();
        // pre-silicon: t_active 8.4, t_idle 5.3, t_synop 3.5, t_spike n/a (0), t_message 2.1 ns
        // step 0: 1 active (forced) + 2 idle + 1 message = 8.4 + 10.6 + 2.1        = 21.1 ns
        // step 1: 1 active + 2 idle + 1 event + 1 message = 8.4 + 10.6 + 3.5 + 2.1  = 24.6 ns
        // step 2: 1 active + 2 idle + 1 event            = 8.4 + 10.6 + 3.5         = 22.5 ns
        // steps 3..9: 3 idle each = 15.9 ns, 7 steps                                = 111.3 ns
        assertThat(b.get("time.work")).isCloseTo((21.1 + 24.6 + 22.5 + 7 * 15.9) * NS, offset(1e-15));
        // barrier with 1 tile: 113 ns, paid on all 10 steps
        assertThat(b.get("time.barrier")).isCloseTo(10 * 113 * NS, offset(1e-15));
        assertThat(p.seconds()).isCloseTo(1309.5 * NS, offset(1e-15));
        // energy: 2 x 23.6 + 3 x 81 + 27 x 52 + 0 (spike n/a) + 2 x 1.7 + 0 hops = 1697.6 pJ
        assertThat(b.get("energy.synop")).isCloseTo(47.2 * PS, offset(1e-18));
        assertThat(b.get("energy.neuronActive")).isCloseTo(243 * PS, offset(1e-18));
        assertThat(b.get("energy.neuronIdle")).isCloseTo(1404 * PS, offset(1e-18));
        assertThat(b.get("energy.spike")).isEqualTo(0.0);
        assertThat(b.get("energy.message")).isCloseTo(3.4 * PS, offset(1e-18));
        assertThat(b.get("energy.hopEW") + b.get("energy.hopNS")).isEqualTo(0.0);
        // static: 0.104 W x 1309.5 ns x 1 chip = 136188 pJ
        assertThat(b.get("energy.static")).isCloseTo(136188 * PS, offset(1e-16));
        assertThat(p.joules()).isCloseTo(137885.6 * PS, offset(1e-16));

        // SANA-FE set: t_active 9.7, t_idle 6.0, t_synop 4.0, t_spike 30, t_message 7.6 ns, barrier 299 ns
        // step 0: 9.7 + 12 + 30 + 7.6 = 59.3; step 1: 9.7 + 12 + 4 + 30 + 7.6 = 63.3; step 2: 9.7 + 12 + 4 + 30 = 55.7
        // idle: 7 x 18 = 126; work = 304.3 ns; barrier 10 x 299 = 2990 ns; total 3294.3 ns
        String s = "[silicon (SANA-FE)] ";
        assertThat(b.get(s + "time.work")).isCloseTo(304.3 * NS, offset(1e-15));
        assertThat(b.get(s + "time.barrier")).isCloseTo(2990 * NS, offset(1e-15));
        // energy: 2 x 35.5 + 3 x 72.8 + 27 x 51.2 + 3 x 69.3 + 2 x 76.8 = 71 + 218.4 + 1382.4 + 207.9 + 153.6 = 2033.3 pJ
        // static: 0.104 W x 3294.3 ns = 342607.2 pJ; total 344640.5 pJ
        assertThat(b.get(s + "energy.spike")).isCloseTo(207.9 * PS, offset(1e-18));
        assertThat(b.get(s + "energy.message")).isCloseTo(153.6 * PS, offset(1e-18));
        assertThat(p.secondsLow()).isCloseTo(1309.5 * NS, offset(1e-15));
        assertThat(p.secondsHigh()).isCloseTo(3294.3 * NS, offset(1e-15));
        assertThat(p.joulesLow()).isCloseTo(137885.6 * PS, offset(1e-16));
        assertThat(p.joulesHigh()).isCloseTo(344640.5 * PS, offset(1e-16));
        assertThat(p.isBand()).isTrue();
        assertThat(p.assumptions()).anyMatch(a -> a.startsWith("time per spike: not published"));
    }

    @Test
    void loihi2AllInPlusStatic() {
        Projection p = project("loihi2");
        counts(p);
        Map<String, Double> b = p.breakdown();
        // assumed times (Loihi / 2 for neurons, / 10 for synops and messages): 4.2, 2.65, 0.35, -, 0.21 ns
        // step 0: 4.2 + 5.3 + 0.21 = 9.71; step 1: 4.2 + 5.3 + 0.35 + 0.21 = 10.06; step 2: 4.2 + 5.3 + 0.35 = 9.85
        // idle: 7 x 7.95 = 55.65; work = 85.27 ns; barrier (assumed Loihi, 1 tile) 10 x 113 = 1130 ns
        assertThat(b.get("time.work")).isCloseTo(85.27 * NS, offset(1e-15));
        assertThat(p.seconds()).isCloseTo(1215.27 * NS, offset(1e-15));
        // all-in 6.84 pJ x 2 synops = 13.68 pJ; never summed with parts: no part terms at all
        assertThat(b.get("energy.allIn")).isCloseTo(13.68 * PS, offset(1e-18));
        assertThat(b).doesNotContainKeys("energy.synop", "energy.neuronActive", "energy.neuronIdle");
        // static 1 W x 1215.27 ns = 1215270 pJ
        assertThat(p.joules()).isCloseTo((13.68 + 1215270) * PS, offset(1e-15));
        assertThat(p.assumptions()).anyMatch(a -> a.contains("is an assumption"));
        assertThat(p.isBand()).isFalse();
    }

    @Test
    void trueNorthFixedTickAllIn() {
        Projection p = project("truenorth");
        counts(p);
        Map<String, Double> b = p.breakdown();
        // per-op times not published -> work 0; no barrier; 10 ticks of 1 ms = 10 ms, all tick padding
        assertThat(b.get("time.work")).isEqualTo(0.0);
        assertThat(b.get("time.tickPadding")).isCloseTo(0.010, offset(1e-15));
        assertThat(p.seconds()).isCloseTo(0.010, offset(1e-15));
        assertThat(p.overrunSteps()).isZero();
        // 26 pJ x 2 = 52 pJ all-in; static 0.064 W x 10 ms = 640 uJ
        assertThat(b.get("energy.allIn")).isCloseTo(52 * PS, offset(1e-18));
        assertThat(b.get("energy.static")).isCloseTo(6.4e-4, offset(1e-15));
        assertThat(p.joules()).isCloseTo(6.4e-4 + 52 * PS, offset(1e-15));
        assertThat(b).doesNotContainKeys("energy.hopEW", "energy.hopNS");
    }

    @Test
    void spinnakerTicksAndParts() {
        Projection p = project("spinnaker");
        counts(p);
        Map<String, Double> b = p.breakdown();
        assertThat(p.seconds()).isCloseTo(0.010, offset(1e-15));
        // 2 x 13.3 nJ + 3 x 26 nJ + 27 x 26 nJ = 26.6 + 78 + 702 = 806.6 nJ; static not published -> 0
        assertThat(b.get("energy.synop")).isCloseTo(26.6 * NS, offset(1e-15));
        assertThat(b.get("energy.neuronActive")).isCloseTo(78 * NS, offset(1e-15));
        assertThat(b.get("energy.neuronIdle")).isCloseTo(702 * NS, offset(1e-15));
        assertThat(b.get("energy.static")).isEqualTo(0.0);
        assertThat(p.joules()).isCloseTo(806.6 * NS, offset(1e-15));
        assertThat(p.assumptions()).anyMatch(a -> a.startsWith("static power per chip: not published"));
    }

    @Test
    void spinnaker2TicksAndParts() {
        Projection p = project("spinnaker2");
        counts(p);
        // 1 ms tick assumed; 2 x 0.45 + 3 x 2.19 + 27 x 2.19 = 0.9 + 6.57 + 59.13 = 66.6 nJ
        assertThat(p.seconds()).isCloseTo(0.010, offset(1e-15));
        assertThat(p.joules()).isCloseTo(66.6 * NS, offset(1e-15));
        assertThat(p.assumptions()).anyMatch(a -> a.startsWith("tick = 0.001 s is an assumption"));
    }

    @Test
    void anIllegalNetworkIsRefused() {
        NetworkBuilder nb = Network.builder();
        int a = nb.neurons(NeuronType.builder().threshold(1).potentialBits(16).build(), 2);
        nb.synapse(a, a + 1, 1, 100);
        Network n = nb.build();
        assertThatThrownBy(() -> new CostModel(Profiles.byName("loihi")).project(n, Stimulus.spikes(0, 0), StopCondition.afterSteps(5), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("delay 100").hasMessageContaining("at most 62").hasMessageContaining("legalize it first");
        NetworkBuilder wb = Network.builder();
        int w = wb.neurons(NeuronType.integrateAndFire(1), 2); // 32-bit potentials by default
        wb.synapse(w, w + 1, 1, 1);
        Network wide = wb.build();
        assertThatThrownBy(() -> new CostModel(Profiles.byName("truenorth")).project(wide, Stimulus.spikes(0, 0), StopCondition.afterSteps(5), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32-bit potentials").hasMessageContaining("legalize it first");
    }
}
