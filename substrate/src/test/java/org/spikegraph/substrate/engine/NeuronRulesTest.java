package org.spikegraph.substrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spikegraph.substrate.engine.Engines.potentials;
import static org.spikegraph.substrate.engine.Engines.run;
import static org.spikegraph.substrate.engine.Engines.spikeSteps;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.neuron.Reset;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.stimulus.Stimulus;

/** Bias, reset, refractory period, fire-once latch and saturation: steps 1, 3 and 4 of the model. */
class NeuronRulesTest {

    private static final String ENGINES = "org.spikegraph.substrate.engine.Engines#all";

    private static Network single(NeuronType type) {
        NetworkBuilder b = Network.builder();
        b.neuron(type);
        return b.build();
    }

    // ---------------------------------------------------------------- bias

    @ParameterizedTest
    @MethodSource(ENGINES)
    void positiveBiasFiresPeriodicallyOnItsOwn(Engine engine) {
        Network net = single(NeuronType.builder().threshold(3).bias(1).build());
        // v: 1, 2, 3 -> spike at 2, reset to 0; 1, 2, 3 -> spike at 5; ... period 3: 2, 5, 8, 11
        Run r = run(engine, net, Stimulus.none(), 12);
        assertThat(spikeSteps(r, 0)).containsExactly(2L, 5L, 8L, 11L);
        assertThat(potentials(engine, net, Stimulus.none(), 0, 4)).containsExactly(1, 2, 0, 1);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void negativeBiasPullsDownAndSaturates(Engine engine) {
        // 4 bits: range -8 .. 7. bias -3: -3, -6, max(-9, -8) = -8, -8
        Network net = single(NeuronType.builder().threshold(7).bias(-3).potentialBits(4).build());
        assertThat(potentials(engine, net, Stimulus.none(), 0, 4)).containsExactly(-3, -6, -8, -8);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void negativeBiasIsAddedWithTheInput(Engine engine) {
        // theta 5, bias -2, current 6 at step 0: v = 0 - 2 + 6 = 4 < 5, no spike; then 2, 0, -2
        Network net = single(NeuronType.builder().threshold(5).bias(-2).build());
        Stimulus s = Stimulus.builder().current(0, 0, 6).build();
        assertThat(potentials(engine, net, s, 0, 4)).containsExactly(4, 2, 0, -2);
        assertThat(run(engine, net, s, 4).spikeCounts()[0]).isZero();
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void biasComesAfterTheLeak(Engine engine) {
        // LINEAR 1, bias -1: v = leak(0) - 1 = -1; then leak(-1) - 1 = 0 - 1 = -1: a fixed point at -1
        Network net = single(NeuronType.builder().threshold(5).leak(Leak.linear(1)).bias(-1).build());
        assertThat(potentials(engine, net, Stimulus.none(), 0, 4)).containsExactly(-1, -1, -1, -1);
    }

    // ---------------------------------------------------------------- reset

    @ParameterizedTest
    @MethodSource(ENGINES)
    void hardResetToZeroDiscardsTheExcess(Engine engine) {
        // theta 5, current 9 at step 0: v = 9 >= 5, spike, v <- 0 (the excess 4 is lost)
        Network net = single(NeuronType.integrateAndFire(5));
        Stimulus s = Stimulus.builder().current(0, 0, 9).build();
        assertThat(potentials(engine, net, s, 0, 3)).containsExactly(0, 0, 0);
        assertThat(spikeSteps(run(engine, net, s, 3), 0)).containsExactly(0L);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void hardResetToANegativeValue(Engine engine) {
        Network net = single(NeuronType.builder().threshold(5).reset(Reset.hard(-2)).build());
        Stimulus s = Stimulus.builder().current(0, 0, 9).current(0, 2, 6).build();
        // step 0: 9 >= 5, spike, v = -2; step 1: -2; step 2: -2 + 6 = 4 < 5, no spike
        assertThat(potentials(engine, net, s, 0, 3)).containsExactly(-2, -2, 4);
        assertThat(spikeSteps(run(engine, net, s, 3), 0)).containsExactly(0L);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void hardResetToAPositiveValueShortensThePeriod(Engine engine) {
        Network net = single(NeuronType.builder().threshold(5).bias(1).reset(Reset.hard(3)).build());
        Stimulus s = Stimulus.builder().current(0, 0, 4).build();
        // step 0: 0 + 1 + 4 = 5, spike, v = 3; step 1: 4; step 2: 5, spike, v = 3; ... spikes 0, 2, 4, 6
        assertThat(potentials(engine, net, s, 0, 4)).containsExactly(3, 4, 3, 4);
        assertThat(spikeSteps(run(engine, net, s, 7), 0)).containsExactly(0L, 2L, 4L, 6L);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void softResetDrainsOneSpikePerStep(Engine engine) {
        Network net = single(NeuronType.builder().threshold(4).reset(Reset.soft()).build());
        // current 12 = 3 theta at step 0: 12 -> spike, 8; 8 -> spike, 4; 4 -> spike, 0; 0 stays
        Stimulus s = Stimulus.builder().current(0, 0, 12).build();
        assertThat(potentials(engine, net, s, 0, 4)).containsExactly(8, 4, 0, 0);
        assertThat(spikeSteps(run(engine, net, s, 6), 0)).containsExactly(0L, 1L, 2L);
        // current 13: the same three spikes, and the remainder 1 stays
        Stimulus s13 = Stimulus.builder().current(0, 0, 13).build();
        assertThat(potentials(engine, net, s13, 0, 4)).containsExactly(9, 5, 1, 1);
        assertThat(spikeSteps(run(engine, net, s13, 6), 0)).containsExactly(0L, 1L, 2L);
    }

    // ---------------------------------------------------------------- refractory

    @ParameterizedTest
    @MethodSource(ENGINES)
    void refractoryStepsDropCurrentsAndForcedSpikes(Engine engine) {
        Network net = single(NeuronType.builder().threshold(5).refractory(2).build());
        Stimulus s = Stimulus.builder()
                .current(0, 0, 5)   // step 0: v = 5, spike, v = 0; steps 1 and 2 are refractory
                .current(0, 1, 3)   // step 1: dropped
                .spike(0, 2)        // step 2: forced spike dropped too
                .current(0, 3, 3)   // step 3: v = 3 (it would be 6, a spike, had step 1 counted)
                .current(0, 4, 2)   // step 4: v = 5, spike, v = 0; steps 5 and 6 refractory
                .spike(0, 6)        // step 6: dropped
                .spike(0, 7)        // step 7: forced spike fires
                .build();
        Run r = run(engine, net, s, 9);
        assertThat(spikeSteps(r, 0)).containsExactly(0L, 4L, 7L);
        assertThat(potentials(engine, net, s, 0, 5)).containsExactly(0, 0, 0, 3, 0);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void refractoryStepsSkipBiasAndLeak(Engine engine) {
        // theta 3, bias 1, refractory 2: v = 1, 2, 3 -> spike at 2; steps 3, 4 refractory (v stays 0, no
        // bias); v = 1, 2, 3 at steps 5, 6, 7 -> spike at 7: period theta + k = 5
        Network net = single(NeuronType.builder().threshold(3).bias(1).refractory(2).build());
        assertThat(spikeSteps(run(engine, net, Stimulus.none(), 13), 0)).containsExactly(2L, 7L, 12L);
        assertThat(potentials(engine, net, Stimulus.none(), 0, 6)).containsExactly(1, 2, 0, 0, 0, 1);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void refractoryStepsDropSynapticInput(Engine engine) {
        for (int refractory : new int[] {0, 1}) {
            NetworkBuilder b = Network.builder();
            int a = b.neuron(NeuronType.integrateAndFire(1));
            int n = b.neuron(NeuronType.builder().threshold(5).refractory(refractory).build());
            b.synapse(a, n, 5, 1).synapse(a, n, 5, 2);
            // a forced at 0: n gets 5 at step 1 (spike) and 5 at step 2: a spike again without a
            // refractory period, dropped with refractory 1
            Run r = run(engine, b.build(), Stimulus.spikes(0, a), 5);
            if (refractory == 0) {
                assertThat(spikeSteps(r, n)).containsExactly(1L, 2L);
            } else {
                assertThat(spikeSteps(r, n)).containsExactly(1L);
                assertThat(r.finalPotentials()[n]).isZero();
            }
        }
    }

    // ---------------------------------------------------------------- fire once

    @ParameterizedTest
    @MethodSource(ENGINES)
    void fireOnceLatchFiresAtMostOnce(Engine engine) {
        Network net = single(NeuronType.latch(1));
        Stimulus s = Stimulus.builder().spike(0, 0).spike(0, 3).current(0, 5, 5).spike(0, 50).build();
        Run r = run(engine, net, s, 60);
        assertThat(spikeSteps(r, 0)).containsExactly(0L);
        assertThat(r.spikeCounts()[0]).isEqualTo(1);
        // the current at step 5 was dropped: v stays at the reset value 0
        assertThat(r.finalPotentials()[0]).isZero();
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void fireOnceLatchIgnoresItsOwnBiasAfterwards(Engine engine) {
        // theta 2, bias 1: v = 1, 2 -> spike at 1, v = 0; latched: bias no longer added
        Network net = single(NeuronType.builder().threshold(2).bias(1).fireOnce().build());
        Run r = run(engine, net, Stimulus.none(), 20);
        assertThat(spikeSteps(r, 0)).containsExactly(1L);
        assertThat(r.finalPotentials()[0]).isZero();
    }

    // ---------------------------------------------------------------- saturation

    @ParameterizedTest
    @MethodSource(ENGINES)
    void fourBitPotentialClampsAtSevenAndMinusEight(Engine engine) {
        // fire chance 0: the neuron never fires and keeps v, so the clamp is visible
        Network net = single(NeuronType.builder().threshold(7).potentialBits(4).fireChance(0).build());
        Stimulus s = Stimulus.builder().current(0, 0, 100).current(0, 1, 1).current(0, 2, -100).current(0, 3, -1)
                .build();
        // 100 -> 7; 7 + 1 = 8 -> 7; 7 - 100 = -93 -> -8; -8 - 1 = -9 -> -8
        assertThat(potentials(engine, net, s, 0, 4)).containsExactly(7, 7, -8, -8);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void fourBitNeuronAtSevenFires(Engine engine) {
        // theta 7 = the largest 4-bit potential: 100 clamps to 7 >= 7, a spike
        Network net = single(NeuronType.builder().threshold(7).potentialBits(4).build());
        Stimulus s = Stimulus.builder().current(0, 0, 100).build();
        assertThat(spikeSteps(run(engine, net, s, 2), 0)).containsExactly(0L);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void exactSumIsClampedOnceNotPerTerm(Engine engine) {
        NetworkBuilder b = Network.builder();
        int plus = b.neuron(NeuronType.integrateAndFire(1));
        int minus = b.neuron(NeuronType.integrateAndFire(1));
        int c = b.neuron(NeuronType.builder().threshold(7).potentialBits(4).build());
        int d = b.neuron(NeuronType.builder().threshold(7).potentialBits(4).build());
        b.synapse(plus, c, 10, 1).synapse(minus, c, -10, 1);
        b.synapse(plus, d, 10, 1);
        Network net = b.build();
        Stimulus s = Stimulus.builder().spike(plus, 0).spike(minus, 0)
                .current(c, 0, -2)                       // c: v = -2 after step 0
                .current(d, 1, -10)                      // d: the -10 is a current, the +10 a synapse
                .build();
        // step 1, c: saturate(-2 + 10 - 10) = -2. Clamping per term would give saturate(-2 + 10) = 7,
        // 7 - 10 = -3, or saturate(-2 - 10) = -8, -8 + 10 = 2: both differ from -2.
        assertThat(potentials(engine, net, s, c, 3)).containsExactly(-2, -2, -2);
        // step 1, d: saturate(0 + 10 - 10) = 0 (per term: 7 - 10 = -3 or -8 + 10 = 2)
        assertThat(potentials(engine, net, s, d, 3)).containsExactly(0, 0, 0);
        assertThat(run(engine, net, s, 3).spikeCounts()[c]).isZero();
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void biasIsPartOfTheClampedSum(Engine engine) {
        // 4 bits, bias 10, never fires: step 0: saturate(0 + 10 - 10) = 0; step 1: saturate(0 + 10) = 7
        Network net = single(NeuronType.builder().threshold(7).potentialBits(4).bias(10).fireChance(0).build());
        Stimulus s = Stimulus.builder().current(0, 0, -10).build();
        assertThat(potentials(engine, net, s, 0, 2)).containsExactly(0, 7);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void thirtyTwoBitPotentialSaturatesWithoutOverflow(Engine engine) {
        Network net = single(NeuronType.builder().threshold(Integer.MAX_VALUE).fireChance(0).build());
        Stimulus s = Stimulus.builder()
                .current(0, 0, Integer.MAX_VALUE).current(0, 0, Integer.MAX_VALUE) // 2^32 - 2 -> 2^31 - 1
                .current(0, 1, -1)                                                  // 2^31 - 2
                .current(0, 2, Integer.MIN_VALUE).current(0, 2, Integer.MIN_VALUE)  // 2^31 - 2 - 2^32 = -2^31 - 2 -> -2^31
                .build();
        assertThat(potentials(engine, net, s, 0, 3))
                .containsExactly(Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE);
    }
}
