package org.spikegraph.substrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.ActivitySeries;
import org.spikegraph.substrate.run.ActivityStats;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/** The {@link ActivityStats} definitions, computed by hand on tiny networks. */
class ActivityStatsRulesTest {

    private static final String ENGINES = "org.spikegraph.substrate.engine.Engines#all";

    /**
     * a (0): theta 1. b (1): theta 10, LINEAR 1 leak (live while v != 0). c (2): theta 1, refractory 2.
     * d (3): theta 1. Synapses a -> b (3, delay 1), a -> c (1, delay 1), a -> c (1, delay 2),
     * a -> d (1, delay 20). Stimulus: a forced at 0, current 2 into b at 7. Ten steps.
     */
    @ParameterizedTest
    @MethodSource(ENGINES)
    void statsOfATinyNetworkByHand(Engine engine) {
        NetworkBuilder nb = Network.builder();
        int a = nb.neuron(NeuronType.integrateAndFire(1));
        int b = nb.neuron(NeuronType.builder().threshold(10).leak(Leak.linear(1)).build());
        int c = nb.neuron(NeuronType.builder().threshold(1).refractory(2).build());
        int d = nb.neuron(NeuronType.integrateAndFire(1));
        nb.synapse(a, b, 3, 1).synapse(a, c, 1, 1).synapse(a, c, 1, 2).synapse(a, d, 1, 20);
        Network net = nb.build();
        Stimulus s = Stimulus.builder().spike(a, 0).current(b, 7, 2).build();
        Run r = engine.run(net, s, StopCondition.afterSteps(10), Recording.all(), 0L);

        // t  updated neurons (why)                                  spikes events updates
        // 0  a (forced spike)                                        1 (a)   0      1
        // 1  b (event: v = 3), c (event: v = 1, spike, refr. 2)      1 (c)   2      2
        // 2  b (live: 3 -> 2), c (refractory, count 2 -> 1; the
        //    a -> c delay-2 event is delivered and dropped)          0       1      2
        // 3  b (live: 2 -> 1), c (refractory, count 1 -> 0)          0       0      2
        // 4  b (live: 1 -> 0)                                        0       0      1
        // 5, 6: nothing (b rests at 0, c rests at 0)                 -       -      0
        // 7  b (current: v = 2)                                      0       0      1
        // 8  b (live: 2 -> 1)                                        0       0      1
        // 9  b (live: 1 -> 0)                                        0       0      1
        // a -> d arrives at 20, after the last executed step 9: never counted.
        ActivitySeries series = new ActivitySeries();
        series.add(0, 1, 0, 1);
        series.add(1, 1, 2, 2);
        series.add(2, 0, 1, 2);
        series.add(3, 0, 0, 2);
        series.add(4, 0, 0, 1);
        series.add(7, 0, 0, 1);
        series.add(8, 0, 0, 1);
        series.add(9, 0, 0, 1);
        // stepsSpanned 10; activeSteps: 0, 1, 2, 3, 4, 7, 8, 9 = 8; spikes 1 + 1 = 2;
        // synapticEvents 2 + 1 = 3; neuronUpdates 1 + 2 + 2 + 2 + 1 + 1 + 1 + 1 = 11
        assertThat(r.activity()).isEqualTo(new ActivityStats(10, 8, 2, 3, 11, series));
        // idle updates of a clock-driven chip: 10 steps x 4 neurons - 11 = 29
        assertThat(r.activity().idleNeuronUpdates(net.neuronCount())).isEqualTo(29);
        assertThat(r.finalPotentials()).containsExactly(0, 0, 0, 0);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void latchedNeuronCountsAnUpdateOnlyWhenItReceivesInput(Engine engine) {
        NetworkBuilder nb = Network.builder();
        nb.neuron(NeuronType.latch(1));
        Stimulus s = Stimulus.builder().spike(0, 0).spike(0, 2).current(0, 4, 5).build();
        Run r = engine.run(nb.build(), s, StopCondition.afterSteps(6), Recording.all(), 0L);
        // step 0: forced spike (input, spike); steps 2 and 4: input dropped but received; latched
        // neurons have no count to go down, so steps 1, 3, 5 update nothing.
        ActivitySeries series = new ActivitySeries();
        series.add(0, 1, 0, 1);
        series.add(2, 0, 0, 1);
        series.add(4, 0, 0, 1);
        assertThat(r.activity()).isEqualTo(new ActivityStats(6, 3, 1, 0, 3, series));
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void latchedNeuronWithBiasIsNotLive(Engine engine) {
        NetworkBuilder nb = Network.builder();
        nb.neuron(NeuronType.builder().threshold(2).bias(1).fireOnce().build());
        Run r = engine.run(nb.build(), Stimulus.none(), StopCondition.afterSteps(10), Recording.all(), 0L);
        // step 0: v = 0 is not at rest (drift(0) = 1): update, v = 1; step 1: update, v = 2, spike, latched.
        // Latched: no count to go down, and its bias is never applied again, so steps 2..9 update nothing
        // (although restsAt(0) is false for this type).
        ActivitySeries series = new ActivitySeries();
        series.add(0, 0, 0, 1);
        series.add(1, 1, 0, 1);
        assertThat(r.activity()).isEqualTo(new ActivityStats(10, 2, 1, 0, 2, series));
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void biasedNeuronIsLiveEveryStep(Engine engine) {
        NetworkBuilder nb = Network.builder();
        nb.neuron(NeuronType.builder().threshold(3).bias(1).build());
        nb.neuron(NeuronType.integrateAndFire(3)); // rests at 0 throughout
        Run r = engine.run(nb.build(), Stimulus.none(), StopCondition.afterSteps(6), Recording.all(), 0L);
        // neuron 0: drift(v) = v + 1 != v at every step: 6 updates, spikes at 2 and 5; neuron 1: none
        assertThat(r.activity().stepsSpanned()).isEqualTo(6);
        assertThat(r.activity().activeSteps()).isEqualTo(6);
        assertThat(r.activity().neuronUpdates()).isEqualTo(6);
        assertThat(r.activity().spikes()).isEqualTo(2);
        assertThat(r.activity().synapticEvents()).isZero();
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void synapticEventsAreCountedAtDeliveryNotAtEmission(Engine engine) {
        NetworkBuilder nb = Network.builder();
        int a = nb.neuron(NeuronType.integrateAndFire(1));
        int b = nb.neuron(NeuronType.integrateAndFire(100));
        nb.synapse(a, b, 1, 3).synapse(a, b, 1, 3).synapse(a, b, 1, 5);
        Network net = nb.build();
        Stimulus s = Stimulus.spikes(0, a);
        // a spikes at 0. Within 3 steps (0..2) nothing is delivered; within 4 (0..3) two synapses
        // (one update of b); within 6 (0..5) all three.
        long[] expectedEvents = {0, 2, 3};
        long[] expectedUpdates = {1, 2, 3};
        long[] limits = {3, 4, 6};
        for (int k = 0; k < limits.length; k++) {
            ActivityStats st = engine.run(net, s, StopCondition.afterSteps(limits[k]), Recording.none(), 0L).activity();
            assertThat(st.synapticEvents()).as("events in %d steps", limits[k]).isEqualTo(expectedEvents[k]);
            assertThat(st.neuronUpdates()).as("updates in %d steps", limits[k]).isEqualTo(expectedUpdates[k]);
            assertThat(st.series()).isNull();
        }
    }
}
