package org.spikegraph.substrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.neuron.Reset;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.run.StopReason;
import org.spikegraph.substrate.stimulus.Stimulus;
import org.spikegraph.substrate.testing.Dice;

/** The lane engine's rules, one by one, as its class comment states them. */
class LaneEngineRulesTest {

    private static final Recording FIRST = Recording.firstSpikeTimes().withSpikeCounts();

    /** A chain 0 -> 1 -> 2 -> 3 of latches (&theta; = 1), delays 1, 2, 3. */
    private static Network chain() {
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.latch(1), 4);
        b.synapse(0, 1, 1, 1).synapse(1, 2, 1, 2).synapse(2, 3, 1, 3);
        return b.build();
    }

    private static Network single(NeuronType type) {
        NetworkBuilder b = Network.builder();
        b.neuron(NeuronType.latch(1));
        b.neuron(type);
        b.synapse(0, 1, type.threshold(), 1);
        return b.build();
    }

    @Test
    void refusesEachTypeItCannotRunNamingTheTypeAndTheNeuron() {
        List<NeuronType> refused = List.of(
                NeuronType.builder().fireChance(NeuronType.ALWAYS / 2).build(),
                NeuronType.builder().bias(1).build(),
                NeuronType.builder().reset(Reset.soft()).build(),
                NeuronType.builder().reset(Reset.hard(-1)).build(),
                NeuronType.builder().refractory(2).build());
        List<String> reasons = List.of("fireChance", "bias 1", "SOFT", "HARD -1", "refractory period is 2");
        for (int k = 0; k < refused.size(); k++) {
            Network net = single(refused.get(k));
            assertThatThrownBy(() -> LaneEngine.checkNetwork(net))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("neuron 1 of type 1")
                    .hasMessageContaining(reasons.get(k));
        }
    }

    @Test
    void acceptsOrNeuronsAndLatchesOfAnyLeakAndWidth() {
        Dice dice = new Dice(7);
        for (int k = 0; k < 50; k++) {
            LaneEngine.checkNetwork(single(LaneNetworks.acceptedType(dice)));
        }
    }

    @Test
    void refusesWeightsBetweenZeroAndTheThresholdAndNegativeWeights() {
        for (int w : new int[] {1, 2, -1}) {
            NetworkBuilder b = Network.builder();
            b.neuron(NeuronType.latch(1));
            b.neuron(NeuronType.latch(3));
            b.synapse(0, 1, w, 1);
            Network net = b.build();
            assertThatThrownBy(() -> LaneEngine.checkNetwork(net))
                    .hasMessageContaining("synapse 0 (0 -> 1, weight " + w + ")")
                    .hasMessageContaining("threshold 3");
        }
    }

    @Test
    void refusesCurrentsBelowTheThresholdUnlessForced() {
        Network net = single(NeuronType.latch(3));
        StopCondition stop = StopCondition.afterSteps(10);
        Stimulus low = Stimulus.builder().current(1, 2, 2).build();
        assertThatThrownBy(() -> LaneEngine.runLanes(net, new Stimulus[] {Stimulus.none(), low}, stop, FIRST, 0))
                .hasMessageContaining("lane 1's current 2 into neuron 1 at step 2");
        Stimulus forced = Stimulus.builder().current(1, 2, -5).spike(1, 2).build();
        Run run = LaneEngine.runLanes(net, new Stimulus[] {forced}, stop, FIRST, 0)[0];
        assertThat(run.firstSpike(1)).isEqualTo(2);
    }

    @Test
    void refusesRastersSinksAndSeriesAndMoreThan64LanesInOneWord() {
        Network net = chain();
        Stimulus[] one = {Stimulus.spikes(0, 0)};
        StopCondition stop = StopCondition.afterSteps(10);
        for (Recording r : List.of(Recording.all(), FIRST.withSeries(), FIRST.withSink((t, i) -> { }))) {
            assertThatThrownBy(() -> new LaneEngine(1).run(net, one, stop, r, 0)).hasMessageContaining("event engine");
        }
        Stimulus[] many = Collections.nCopies(65, Stimulus.none()).toArray(new Stimulus[0]);
        assertThatThrownBy(() -> LaneEngine.runLanes(net, many, stop, FIRST, 0)).hasMessageContaining("at most 64");
        assertThatThrownBy(() -> new LaneEngine(0)).hasMessageContaining("threads must be >= 1");
    }

    @Test
    void lanesAreIndependentAndStopOnTheirOwn() {
        Network net = chain();
        // lane 0 starts at 0, lane 1 at 10, lane 2 never; stop when neuron 3 spikes, or quiescent
        Stimulus[] stimuli = {Stimulus.spikes(0, 0), Stimulus.spikes(10, 0), Stimulus.none()};
        StopCondition stop = StopCondition.afterSteps(100).orQuiescent().orWhenAnySpiked(3);
        Run[] runs = LaneEngine.runLanes(net, stimuli, stop, FIRST, 0);
        assertThat(runs[0].firstSpikes()).containsExactly(0, 1, 3, 6);
        assertThat(runs[0].stopReason()).isEqualTo(StopReason.SPIKED);
        assertThat(runs[0].stepsSpanned()).isEqualTo(7);
        assertThat(runs[1].firstSpikes()).containsExactly(10, 11, 13, 16);
        assertThat(runs[1].stepsSpanned()).isEqualTo(17);
        assertThat(runs[2].stopReason()).isEqualTo(StopReason.QUIESCENT);
        assertThat(runs[2].stepsSpanned()).isEqualTo(1);
        assertThat(runs[2].activity().neuronUpdates()).isZero();
        // per lane: 4 spikes, 3 events, 4 updates in 4 active steps
        for (int k = 0; k < 2; k++) {
            assertThat(runs[k].activity().spikes()).isEqualTo(4);
            assertThat(runs[k].activity().synapticEvents()).isEqualTo(3);
            assertThat(runs[k].activity().neuronUpdates()).isEqualTo(4);
            assertThat(runs[k].activity().activeSteps()).isEqualTo(4);
            assertThat(runs[k].finalPotentials()).containsOnly(0);
        }
    }

    @Test
    void inputToALatchedNeuronAndZeroWeightEventsCountAsUpdatesAndEvents() {
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.latch(1), 2);
        b.neuron(NeuronType.integrateAndFire(1));
        b.synapse(0, 1, 1, 1).synapse(0, 1, 1, 2).synapse(0, 2, 0, 1);
        Network net = b.build();
        Run run = LaneEngine.runLanes(net, new Stimulus[] {Stimulus.spikes(0, 0)},
                StopCondition.afterSteps(50).orQuiescent(), FIRST, 0)[0];
        assertThat(run.spikeCounts()).containsExactly(1, 1, 0);
        assertThat(run.activity().synapticEvents()).isEqualTo(3);
        assertThat(run.activity().neuronUpdates()).isEqualTo(4); // 0 at 0; 1 and 2 at 1; latched 1 at 2
        assertThat(run.stepsSpanned()).isEqualTo(3);
    }

    @Test
    void orNeuronsSpikeInEveryStepWithInput() {
        NetworkBuilder b = Network.builder();
        b.neuron(NeuronType.integrateAndFire(2));
        b.neuron(NeuronType.integrateAndFire(2));
        b.synapse(0, 1, 5, 1);
        Network net = b.build();
        Stimulus s = Stimulus.builder().spike(0, 0).spike(0, 1).current(0, 4, 2).current(0, 6, 0).build();
        Run run = LaneEngine.runLanes(net, new Stimulus[] {s}, StopCondition.afterSteps(20).orQuiescent(), FIRST, 0)[0];
        assertThat(run.spikeCounts()).containsExactly(3, 3);
        assertThat(run.firstSpikes()).containsExactly(0, 1);
        assertThat(run.stepsSpanned()).isEqualTo(7); // the zero current at 6 is input, then quiescent
    }

    @Test
    void seedChangesNothingAndThreadCountChangesNothing() {
        Dice dice = new Dice(11);
        LaneNetworks c = LaneNetworks.draw(dice, 1);
        List<Stimulus> many = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            many.add(k % 5 == 0 ? Stimulus.none() : Stimulus.spikes(k % 7, k % c.network().neuronCount()));
        }
        Stimulus[] stimuli = many.toArray(new Stimulus[0]);
        StopCondition stop = StopCondition.afterSteps(5_000).orQuiescent();
        Run[] one = new LaneEngine(1).run(c.network(), stimuli, stop, FIRST, 1);
        for (int threads : new int[] {2, 4}) {
            Run[] other = new LaneEngine(threads).run(c.network(), stimuli, stop, FIRST, 99);
            for (int k = 0; k < one.length; k++) {
                LaneEngineAgreementTest.assertSameRun(other[k], one[k], "lane " + k + ", " + threads + " threads");
            }
        }
    }

    @Test
    void batchesReachTheConsumerWithTheirFirstLane() {
        Network net = chain();
        List<Integer> firsts = Collections.synchronizedList(new ArrayList<>());
        new LaneEngine(2).forEachBatch(net, 150, k -> Stimulus.spikes(k, 0), StopCondition.afterSteps(1_000).orQuiescent(),
                FIRST, 0, (first, runs) -> {
                    firsts.add(first);
                    for (int k = 0; k < runs.length; k++) {
                        assertThat(runs[k].firstSpike(0)).isEqualTo(first + k);
                    }
                });
        assertThat(firsts).containsExactlyInAnyOrder(0, 64, 128);
    }

    @Test
    void oneEngineAlternatingNetworksRunsEachOnItsOwn() {
        Dice dice = new Dice(12);
        LaneNetworks a = LaneNetworks.draw(dice, 1);
        LaneNetworks b = LaneNetworks.draw(dice, 1);
        StopCondition stop = StopCondition.afterSteps(5_000).orQuiescent();
        LaneEngine shared = new LaneEngine(2);
        for (int round = 0; round < 3; round++) {
            for (LaneNetworks c : List.of(a, b)) {
                Stimulus[] stimuli = new Stimulus[130];
                for (int k = 0; k < stimuli.length; k++) {
                    stimuli[k] = Stimulus.spikes(k % 3, k % c.network().neuronCount());
                }
                Run[] alone = new LaneEngine(1).run(c.network(), stimuli, stop, FIRST, 0);
                Run[] reused = shared.run(c.network(), stimuli, stop, FIRST, 0);
                for (int k = 0; k < alone.length; k++) {
                    LaneEngineAgreementTest.assertSameRun(reused[k], alone[k], "round " + round + ", lane " + k);
                }
            }
        }
    }

    @Test
    void aBatchThatFailsOnAnyThreadFailsTheCallAfterEveryThreadStopped() {
        Network net = chain();
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger after = new java.util.concurrent.atomic.AtomicInteger();
        for (int failing : new int[] {0, 1, 5}) {
            java.util.concurrent.atomic.AtomicBoolean returned = new java.util.concurrent.atomic.AtomicBoolean();
            assertThatThrownBy(() -> new LaneEngine(3).forEachBatch(net, 64 * 8, k -> Stimulus.spikes(0, 0),
                    StopCondition.afterSteps(100).orQuiescent(), FIRST, 0, (first, runs) -> {
                        running.incrementAndGet();
                        try {
                            if (returned.get()) {
                                after.incrementAndGet();
                            }
                            if (first == failing * 64) {
                                throw new IllegalStateException("batch " + failing + " fails");
                            }
                        } finally {
                            running.decrementAndGet();
                        }
                    })).isInstanceOf(IllegalStateException.class).hasMessage("batch " + failing + " fails");
            returned.set(true);
            assertThat(running.get()).as("batches still running when the call threw").isZero();
        }
        assertThat(after.get()).as("batches started after the call threw").isZero();
    }
}
