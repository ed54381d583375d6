package org.spikegraph.substrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spikegraph.substrate.engine.Engines.potentials;
import static org.spikegraph.substrate.engine.Engines.run;
import static org.spikegraph.substrate.engine.Engines.spikeSteps;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.neuron.Reset;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.stimulus.Stimulus;

/** Synaptic delays, forced spikes and stimulus currents. */
class SynapseAndStimulusTest {

    private static final String ENGINES = "org.spikegraph.substrate.engine.Engines#all";

    @ParameterizedTest
    @MethodSource(ENGINES)
    void spikeAtTArrivesAtTPlusDelay(Engine engine) {
        NetworkBuilder b = Network.builder();
        int a = b.neuron(NeuronType.integrateAndFire(1));
        int near = b.neuron(NeuronType.integrateAndFire(5));
        int far = b.neuron(NeuronType.integrateAndFire(5));
        int sub = b.neuron(NeuronType.integrateAndFire(6));
        b.synapse(a, far, 5, 4).synapse(a, near, 5, 1).synapse(a, sub, 5, 4);
        Network net = b.build();
        Stimulus s = Stimulus.spikes(3, a);
        Run r = run(engine, net, s, 10);
        // a spikes at 3: near gets 5 at 3 + 1 = 4, far and sub get 5 at 3 + 4 = 7
        assertThat(spikeSteps(r, a)).containsExactly(3L);
        assertThat(spikeSteps(r, near)).containsExactly(4L);
        assertThat(spikeSteps(r, far)).containsExactly(7L);
        assertThat(spikeSteps(r, sub)).isEmpty();
        // sub (theta 6) shows the arrival as a potential: 0 until step 6, 5 from step 7
        assertThat(potentials(engine, net, s, sub, 9)).containsExactly(0, 0, 0, 0, 0, 0, 0, 5, 5);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void longDelayArrivesExactlyOnTime(Engine engine) {
        NetworkBuilder b = Network.builder();
        int a = b.neuron(NeuronType.integrateAndFire(1));
        int c = b.neuron(NeuronType.integrateAndFire(1));
        b.synapse(a, c, 1, 5_000);
        Run r = run(engine, b.build(), Stimulus.spikes(2, a), 6_000);
        // 2 + 5000 = 5002
        assertThat(r.firstSpike(c)).isEqualTo(5_002L);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void synapsesArrivingTogetherAddUp(Engine engine) {
        NetworkBuilder b = Network.builder();
        int a = b.neuron(NeuronType.integrateAndFire(1));
        int x = b.neuron(NeuronType.integrateAndFire(1));
        int c = b.neuron(NeuronType.integrateAndFire(100));
        // a spikes at 0, x at 1: 2 + 3 (a, delay 3) and 4 (x, delay 2) all arrive at step 3
        b.synapse(a, c, 2, 3).synapse(a, c, 3, 3).synapse(x, c, 4, 2);
        Stimulus s = Stimulus.builder().spike(a, 0).spike(x, 1).build();
        assertThat(potentials(engine, b.build(), s, c, 4)).containsExactly(0, 0, 0, 9);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void forcedSpikeFiresWhateverThePotential(Engine engine) {
        NetworkBuilder b = Network.builder();
        int high = b.neuron(NeuronType.integrateAndFire(100));
        int never = b.neuron(NeuronType.builder().threshold(1).fireChance(0).build());
        Network net = b.build();
        Stimulus s = Stimulus.builder().current(high, 0, 50).spike(high, 2).spike(never, 1).build();
        Run r = run(engine, net, s, 4);
        // high: v = 50 < 100, forced at 2 -> spike, hard reset to 0
        assertThat(spikeSteps(r, high)).containsExactly(2L);
        assertThat(potentials(engine, net, s, high, 3)).containsExactly(50, 50, 0);
        // a fire chance of 0 does not stop a forced spike
        assertThat(spikeSteps(r, never)).containsExactly(1L);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void forcedSpikeResetsAfterTheCurrentOfItsStep(Engine engine) {
        NetworkBuilder b = Network.builder();
        int soft = b.neuron(NeuronType.builder().threshold(10).reset(Reset.soft()).build());
        int hard = b.neuron(NeuronType.builder().threshold(10).reset(Reset.hard(7)).build());
        Network net = b.build();
        Stimulus s = Stimulus.builder()
                .current(soft, 0, 3)                       // soft: v = 3
                .current(soft, 1, 4).spike(soft, 1)        // soft: 3 + 4 = 7, forced spike: 7 - 10 = -3
                .current(hard, 1, 4).spike(hard, 1)        // hard: 4, forced spike: reset to 7
                .build();
        assertThat(potentials(engine, net, s, soft, 3)).containsExactly(3, -3, -3);
        assertThat(potentials(engine, net, s, hard, 3)).containsExactly(0, 7, 7);
        assertThat(spikeSteps(run(engine, net, s, 3), soft)).containsExactly(1L);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void currentIsAddedAtItsStep(Engine engine) {
        NetworkBuilder b = Network.builder();
        b.neuron(NeuronType.integrateAndFire(10));
        Stimulus s = Stimulus.builder().current(0, 1, 3).current(0, 3, -5).build();
        // 0; 3; 3; 3 - 5 = -2
        assertThat(potentials(engine, b.build(), s, 0, 4)).containsExactly(0, 3, 3, -2);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void twoCurrentsAtTheSameNeuronAndStepAddUp(Engine engine) {
        NetworkBuilder b = Network.builder();
        int both = b.neuron(NeuronType.integrateAndFire(7));
        int three = b.neuron(NeuronType.builder().threshold(7).leak(org.spikegraph.substrate.neuron.Leak.full()).build());
        Network net = b.build();
        // both: 3 + 4 = 7 >= 7 at step 2 -> spike; three (full leak): 3 at step 2, 4 at step 3, never 7
        Stimulus s = Stimulus.builder().current(both, 2, 3).current(both, 2, 4)
                .current(three, 2, 3).current(three, 3, 4).build();
        Run r = run(engine, net, s, 5);
        assertThat(spikeSteps(r, both)).containsExactly(2L);
        assertThat(spikeSteps(r, three)).isEmpty();
    }
}
