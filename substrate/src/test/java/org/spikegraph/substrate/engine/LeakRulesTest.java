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
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.stimulus.Stimulus;

/** Step 2 of the model: v &larr; leak(v), applied at the start of every step, before the input. */
class LeakRulesTest {

    private static final String ENGINES = "org.spikegraph.substrate.engine.Engines#all";

    /** One neuron with a high threshold (it never fires here) and the given leak. */
    private static Network single(Leak leak) {
        NetworkBuilder b = Network.builder();
        b.neuron(NeuronType.builder().threshold(1000).leak(leak).build());
        return b.build();
    }

    private static Stimulus current(int amount) {
        return Stimulus.builder().current(0, 0, amount).build();
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void noLeakKeepsThePotential(Engine engine) {
        // current 7 at step 0, current 5 at step 3: v = 7, 7, 7, 7 + 5 = 12, 12
        Stimulus s = Stimulus.builder().current(0, 0, 7).current(0, 3, 5).build();
        assertThat(potentials(engine, single(Leak.none()), s, 0, 5)).containsExactly(7, 7, 7, 12, 12);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void fullLeakForgetsEveryStep(Engine engine) {
        // the leak comes before the input: v(0) = leak(0) + 7 = 7, v(1) = leak(7) + 0 = 0, ...
        assertThat(potentials(engine, single(Leak.full()), current(7), 0, 3)).containsExactly(7, 0, 0);
        // negative potentials are forgotten as well
        assertThat(potentials(engine, single(Leak.full()), current(-7), 0, 3)).containsExactly(-7, 0, 0);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void fullLeakIsAThresholdGate(Engine engine) {
        NetworkBuilder b = Network.builder();
        int gate = b.neuron(NeuronType.builder().threshold(5).leak(Leak.full()).build());
        int integrator = b.neuron(NeuronType.integrateAndFire(5));
        Network net = b.build();
        // 3 at step 1 and 3 at step 2: the gate sees 3 then 3 (< 5), the integrator 3 then 6 (>= 5);
        // 6 at step 5 at once: both fire.
        Stimulus s = Stimulus.builder()
                .current(gate, 1, 3).current(gate, 2, 3).current(gate, 5, 6)
                .current(integrator, 1, 3).current(integrator, 2, 3).current(integrator, 5, 6)
                .build();
        var r = run(engine, net, s, 8);
        assertThat(spikeSteps(r, gate)).containsExactly(5L);
        assertThat(spikeSteps(r, integrator)).containsExactly(2L, 5L);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void shiftLeakDecaysPositivePotentials(Engine engine) {
        // k = 2: v <- v - (v >> 2)
        // 100; 100 - 25 = 75; 75 - 18 = 57; 57 - 14 = 43; 43 - 10 = 33
        assertThat(potentials(engine, single(Leak.shift(2)), current(100), 0, 5))
                .containsExactly(100, 75, 57, 43, 33);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void shiftLeakDecaysNegativePotentialsWithAnArithmeticShift(Engine engine) {
        // k = 2, >> rounds toward minus infinity:
        // -100; -100 - (-25) = -75; -75 >> 2 = -19: -75 + 19 = -56; -56 >> 2 = -14: -42;
        // -42 >> 2 = -11: -31
        assertThat(potentials(engine, single(Leak.shift(2)), current(-100), 0, 5))
                .containsExactly(-100, -75, -56, -42, -31);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void shiftLeakReachesZeroFromBelowButStallsAboveZero(Engine engine) {
        // k = 2, v = -3: -3 >> 2 = -1 -> -2; -2 >> 2 = -1 -> -1; -1 >> 2 = -1 -> 0; then 0
        assertThat(potentials(engine, single(Leak.shift(2)), current(-3), 0, 5))
                .containsExactly(-3, -2, -1, 0, 0);
        // v = 3: 3 >> 2 = 0, so v stays 3 for ever (the shift truncates toward minus infinity)
        assertThat(potentials(engine, single(Leak.shift(2)), current(3), 0, 5))
                .containsExactly(3, 3, 3, 3, 3);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void linearLeakStopsAtZeroFromAbove(Engine engine) {
        // d = 3: 10, 7, 4, 1, then max(0, 1 - 3) = 0, and 0 stays 0
        assertThat(potentials(engine, single(Leak.linear(3)), current(10), 0, 7))
                .containsExactly(10, 7, 4, 1, 0, 0, 0);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void linearLeakStopsAtZeroFromBelow(Engine engine) {
        // d = 3: -10, -7, -4, -1, then min(0, -1 + 3) = 0, and 0 stays 0
        assertThat(potentials(engine, single(Leak.linear(3)), current(-10), 0, 7))
                .containsExactly(-10, -7, -4, -1, 0, 0, 0);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void leakComesBeforeTheInputOfTheSameStep(Engine engine) {
        // SHIFT 1 halves: v(0) = 10; v(1) = (10 - 5) + 6 = 11,
        // whereas leaking after the input would give (10 + 6) - 8 = 8.
        Stimulus s = Stimulus.builder().current(0, 0, 10).current(0, 1, 6).build();
        assertThat(potentials(engine, single(Leak.shift(1)), s, 0, 2)).containsExactly(10, 11);
    }
}
