package org.spikegraph.substrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.run.StopReason;
import org.spikegraph.substrate.stimulus.Stimulus;

/** Stop conditions, checked after each step t; the run then spans t + 1 steps. */
class StopConditionRulesTest {

    private static final String ENGINES = "org.spikegraph.substrate.engine.Engines#all";

    private static Run run(Engine engine, Network net, Stimulus s, StopCondition stop) {
        return engine.run(net, s, stop, Recording.all(), 0L);
    }

    /** a (0) -> b (1) with delay 2, a -> c (2) with delay 5, all integrate-and-fire with theta 1. */
    private static Network fork() {
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.integrateAndFire(1), 3);
        b.synapse(0, 1, 1, 2).synapse(0, 2, 1, 5);
        return b.build();
    }

    /** a (0) -> b (1) with delay 2. */
    private static Network pair() {
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.integrateAndFire(1), 2);
        b.synapse(0, 1, 1, 2);
        return b.build();
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void stepLimit(Engine engine) {
        NetworkBuilder b = Network.builder();
        b.neuron(NeuronType.builder().threshold(2).bias(1).build()); // fires at 1, 3, 5, ...: never quiescent
        Network net = b.build();
        Run r = run(engine, net, Stimulus.none(), StopCondition.afterSteps(5).orQuiescent());
        assertThat(r.stopReason()).isEqualTo(StopReason.STEP_LIMIT);
        assertThat(r.stepsSpanned()).isEqualTo(5);   // steps 0..4
        assertThat(r.activity().spikes()).isEqualTo(2); // spikes at 1 and 3
        assertThat(run(engine, net, Stimulus.none(), StopCondition.afterSteps(1)).stepsSpanned()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void stepLimitCountsSkippedEmptyTime(Engine engine) {
        // one spike at step 0, then a million empty steps: all of them are spanned
        Run r = run(engine, pair(), Stimulus.spikes(0, 1), StopCondition.afterSteps(1_000_000));
        assertThat(r.stopReason()).isEqualTo(StopReason.STEP_LIMIT);
        assertThat(r.stepsSpanned()).isEqualTo(1_000_000);
        assertThat(r.activity().activeSteps()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void quiescentAtOnceWithoutInput(Engine engine) {
        Run r = run(engine, fork(), Stimulus.none(), StopCondition.afterSteps(100).orQuiescent());
        // after step 0 nothing is pending and every neuron rests at 0
        assertThat(r.stopReason()).isEqualTo(StopReason.QUIESCENT);
        assertThat(r.stepsSpanned()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void quiescentOnceTheLastDeliveryIsDone(Engine engine) {
        // a at 0; b at 2; c at 5; after step 5 nothing is pending: spans 0..5 = 6 steps
        Run r = run(engine, fork(), Stimulus.spikes(0, 0), StopCondition.afterSteps(100).orQuiescent());
        assertThat(r.stopReason()).isEqualTo(StopReason.QUIESCENT);
        assertThat(r.stepsSpanned()).isEqualTo(6);
        assertThat(r.firstSpikes()).containsExactly(0, 2, 5);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void pendingFarFutureInputPreventsQuiescence(Engine engine) {
        NetworkBuilder b = Network.builder();
        int a = b.neuron(NeuronType.integrateAndFire(1));
        int c = b.neuron(NeuronType.integrateAndFire(5));
        b.synapse(a, c, 1, 5_000);
        // a at 0; the input (1 < theta 5, no spike) is pending until step 5000; quiescent right after it
        Run r = run(engine, b.build(), Stimulus.spikes(0, a), StopCondition.afterSteps(100_000).orQuiescent());
        assertThat(r.stopReason()).isEqualTo(StopReason.QUIESCENT);
        assertThat(r.stepsSpanned()).isEqualTo(5_001);
        assertThat(r.finalPotentials()).containsExactly(0, 1);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void laterStimulusPreventsQuiescence(Engine engine) {
        Stimulus s = Stimulus.builder().current(0, 50, 0).current(1, 40, 3).build();
        Network net = fork();
        // entries at 40 and 50 (a zero current is still an entry): quiescent after step 50
        Run r = run(engine, net, s, StopCondition.afterSteps(100).orQuiescent());
        assertThat(r.stopReason()).isEqualTo(StopReason.QUIESCENT);
        assertThat(r.stepsSpanned()).isEqualTo(51);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void leakingNeuronPreventsQuiescenceUntilItRests(Engine engine) {
        NetworkBuilder b = Network.builder();
        b.neuron(NeuronType.builder().threshold(10).leak(Leak.linear(1)).build());
        Stimulus s = Stimulus.builder().current(0, 0, 5).build();
        // v = 5, 4, 3, 2, 1, 0 at steps 0..5; at rest after step 5: spans 6
        Run r = run(engine, b.build(), s, StopCondition.afterSteps(100).orQuiescent());
        assertThat(r.stopReason()).isEqualTo(StopReason.QUIESCENT);
        assertThat(r.stepsSpanned()).isEqualTo(6);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void stalledShiftLeakIsAtRest(Engine engine) {
        NetworkBuilder b = Network.builder();
        b.neuron(NeuronType.builder().threshold(10).leak(Leak.shift(2)).build());
        // v = 3: 3 - (3 >> 2) = 3, a fixed point below theta: quiescent after step 0
        Run r = run(engine, b.build(), Stimulus.builder().current(0, 0, 3).build(),
                StopCondition.afterSteps(100).orQuiescent());
        assertThat(r.stopReason()).isEqualTo(StopReason.QUIESCENT);
        assertThat(r.stepsSpanned()).isEqualTo(1);
        assertThat(r.finalPotentials()).containsExactly(3);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void refractoryCountdownPreventsQuiescence(Engine engine) {
        NetworkBuilder b = Network.builder();
        b.neuron(NeuronType.builder().threshold(1).refractory(3).build());
        // spike at 0; refractory at 1, 2, 3 (count 3 -> 2 -> 1 -> 0); at rest after step 3: spans 4
        Run r = run(engine, b.build(), Stimulus.spikes(0, 0), StopCondition.afterSteps(100).orQuiescent());
        assertThat(r.stopReason()).isEqualTo(StopReason.QUIESCENT);
        assertThat(r.stepsSpanned()).isEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void latchedNeuronIsQuiescentDespiteItsBias(Engine engine) {
        NetworkBuilder b = Network.builder();
        b.neuron(NeuronType.builder().threshold(2).bias(1).fireOnce().build());
        // v = 1, 2 -> spike at 1, latched: "every neuron is at rest or latched" after step 1: spans 2
        Run r = run(engine, b.build(), Stimulus.none(), StopCondition.afterSteps(100).orQuiescent());
        assertThat(r.stopReason()).isEqualTo(StopReason.QUIESCENT);
        assertThat(r.stepsSpanned()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void neuronAboveThresholdThatNeverFiresIsNeverAtRest(Engine engine) {
        NetworkBuilder b = Network.builder();
        b.neuron(NeuronType.builder().threshold(1).fireChance(0).build());
        // v = 1 >= theta: restsAt needs v < theta, so the run is never quiescent
        Run r = run(engine, b.build(), Stimulus.builder().current(0, 0, 1).build(),
                StopCondition.afterSteps(30).orQuiescent());
        assertThat(r.stopReason()).isEqualTo(StopReason.STEP_LIMIT);
        assertThat(r.stepsSpanned()).isEqualTo(30);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void anyWatchedSpiked(Engine engine) {
        // b spikes at 2, c at 5: any of {b, c} -> stop after step 2
        Run r = run(engine, fork(), Stimulus.spikes(0, 0), StopCondition.afterSteps(100).orWhenAnySpiked(2, 1));
        assertThat(r.stopReason()).isEqualTo(StopReason.SPIKED);
        assertThat(r.stepsSpanned()).isEqualTo(3);
        assertThat(r.firstSpikes()).containsExactly(0, 2, Run.NEVER);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void allWatchedSpiked(Engine engine) {
        // all of {b, c} -> stop after step 5
        Run r = run(engine, fork(), Stimulus.spikes(0, 0), StopCondition.afterSteps(100).orWhenAllSpiked(1, 2));
        assertThat(r.stopReason()).isEqualTo(StopReason.SPIKED);
        assertThat(r.stepsSpanned()).isEqualTo(6);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void watchedNeuronThatNeverSpikesRunsToTheLimit(Engine engine) {
        Run r = run(engine, fork(), Stimulus.none(), StopCondition.afterSteps(7).orWhenAllSpiked(1, 2));
        assertThat(r.stopReason()).isEqualTo(StopReason.STEP_LIMIT);
        assertThat(r.stepsSpanned()).isEqualTo(7);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void spikedBeatsQuiescentBeatsStepLimit(Engine engine) {
        Stimulus s = Stimulus.spikes(0, 0);
        // pair: a at 0, b at 2, nothing pending after step 2. With maxSteps 3 all three hold after step 2.
        Run all = run(engine, pair(), s, StopCondition.afterSteps(3).orQuiescent().orWhenAnySpiked(1));
        assertThat(all.stopReason()).isEqualTo(StopReason.SPIKED);
        assertThat(all.stepsSpanned()).isEqualTo(3);
        // SPIKED and QUIESCENT after step 2, limit far away
        Run sq = run(engine, pair(), s, StopCondition.afterSteps(100).orQuiescent().orWhenAnySpiked(1));
        assertThat(sq.stopReason()).isEqualTo(StopReason.SPIKED);
        assertThat(sq.stepsSpanned()).isEqualTo(3);
        // QUIESCENT and STEP_LIMIT after step 2
        Run ql = run(engine, pair(), s, StopCondition.afterSteps(3).orQuiescent());
        assertThat(ql.stopReason()).isEqualTo(StopReason.QUIESCENT);
        assertThat(ql.stepsSpanned()).isEqualTo(3);
        // SPIKED and STEP_LIMIT after step 2, not quiescent (the fork still has c's input pending)
        Run sl = run(engine, fork(), s, StopCondition.afterSteps(3).orWhenAnySpiked(1));
        assertThat(sl.stopReason()).isEqualTo(StopReason.SPIKED);
        assertThat(sl.stepsSpanned()).isEqualTo(3);
    }
}
