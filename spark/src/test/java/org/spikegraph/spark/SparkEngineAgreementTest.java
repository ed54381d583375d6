package org.spikegraph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.neuron.Reset;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.NetSpec;
import org.spikegraph.substrate.testing.RandomNetworks;
import org.spikegraph.substrate.testing.Seeded;

/**
 * The Spark engine (local[2], one context for the class) against the event engine on seeded random
 * networks of input-driven neurons on 1, 2, 3 or 5 partitions (as generated, every delay 1, and
 * delays stretched 20 to 300 times): stop reason, every activity figure, final potentials, first
 * spikes and spike counts equal; a chain cut in two runs in two windows; the types and recordings it
 * refuses.
 */
class SparkEngineAgreementTest {

    static JavaSparkContext sc;
    static SparkEngine spark;
    static SparkEngine sparkOnePartition;
    static SparkEngine sparkTwoPartitions;
    static SparkEngine sparkFivePartitions;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SparkEngineAgreementTest")
                .set("spark.ui.enabled", "false").set("spark.sql.shuffle.partitions", "2"));
        sc.setLogLevel("WARN");
        // mail through the driver (one stage a window), always shuffled, or either by its size (1 event each)
        spark = new SparkEngine(sc, 3, 3);
        sparkOnePartition = new SparkEngine(sc, 1);
        sparkTwoPartitions = new SparkEngine(sc, 2, 0);
        sparkFivePartitions = new SparkEngine(sc, 5);
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    static final Recording ALL = Recording.none().withFirstSpikes().withSpikeCounts();

    /** An input-driven type: no leak, bias or draw; refractory 0 or fire-once; hard reset below threshold. */
    static NeuronType inputDriven(Dice dice) {
        int bits = dice.weighted(1, 1) == 0 ? dice.between(4, 8) : dice.between(9, 32);
        int max = (int) ((1L << (bits - 1)) - 1);
        int min = (int) -(1L << (bits - 1));
        int threshold = dice.weighted(3, 1) == 0 ? dice.between(1, Math.min(max, 4)) : dice.between(1, Math.min(max, 40));
        int reset = dice.weighted(3, 1) == 0 ? 0 : dice.between(Math.max(min, -6), threshold - 1);
        return NeuronType.builder().threshold(threshold).reset(Reset.hard(reset)).potentialBits(bits)
                .refractory(dice.chance(0.5) ? NeuronType.FIRE_ONCE : 0).build();
    }

    /**
     * A random spec of {@link RandomNetworks} with input-driven types in place of its own, and its step
     * limit cut to {@code maxSteps}: a loop of neurons that fire every step across partitions takes a
     * window per step (5 to 100 ms each in local mode, by the machine's load), so long limits are left
     * to the event engine's tests.
     */
    static NetSpec inputDrivenSpec(NetSpec s, Dice dice, long maxSteps) {
        List<NeuronType> types = new ArrayList<>();
        for (int k = 0; k < s.types().size(); k++) {
            types.add(inputDriven(dice));
        }
        return new NetSpec(types, s.typeOf(), s.synapses(), s.stimulus(), Math.min(maxSteps, s.maxSteps()), s.quiescent(), s.watched(), s.all(),
                s.seed());
    }

    static void assertSameAsEvent(SparkEngine engine, Network net, Stimulus stim, StopCondition stop, long seed) {
        Run expected = new EventEngine().run(net, stim, stop, ALL, seed);
        Run actual = engine.run(net, stim, stop, ALL, seed);
        assertThat(actual.stopReason()).isEqualTo(expected.stopReason());
        assertThat(actual.activity()).isEqualTo(expected.activity());
        assertThat(actual.finalPotentials()).isEqualTo(expected.finalPotentials());
        assertThat(actual.firstSpikes()).isEqualTo(expected.firstSpikes());
        assertThat(actual.spikeCounts()).isEqualTo(expected.spikeCounts());
    }

    /** An engine on 1, 2 (mail always shuffled), 3 (mail shuffled above 1 event a partition) or 5 partitions (through the driver). */
    static SparkEngine anyPartitions(Dice dice) {
        return dice.pick(sparkOnePartition, sparkTwoPartitions, spark, sparkFivePartitions);
    }

    @Seeded(40)
    void randomNetworksAgree(long seed) {
        Dice dice = new Dice(seed);
        NetSpec spec = inputDrivenSpec(RandomNetworks.networks(dice), dice, 250);
        assertSameAsEvent(anyPartitions(dice), spec.network(), spec.stim(), spec.stop(), spec.seed());
    }

    /** {@code s} with every synapse's delay replaced. */
    static NetSpec withDelays(NetSpec s, java.util.function.IntUnaryOperator delay, long maxSteps) {
        List<NetSpec.Syn> synapses = new ArrayList<>();
        for (NetSpec.Syn y : s.synapses()) {
            synapses.add(new NetSpec.Syn(y.source(), y.target(), y.weight(), delay.applyAsInt(y.delay())));
        }
        return new NetSpec(s.types(), s.typeOf(), synapses, s.stimulus(), maxSteps, s.quiescent(), s.watched(), s.all(), s.seed());
    }

    /** Every delay 1: every synapse between partitions gives a lookahead of 1, so windows are single steps there. */
    @Seeded(15)
    void delaysOfOneAgree(long seed) {
        Dice dice = new Dice(seed);
        NetSpec spec = inputDrivenSpec(RandomNetworks.networks(dice), dice, 100);
        spec = withDelays(spec, d -> 1, spec.maxSteps());
        assertSameAsEvent(dice.pick(sparkTwoPartitions, spark, sparkFivePartitions), spec.network(), spec.stim(), spec.stop(),
                spec.seed());
    }

    /** Delays stretched 20 to 300 times (and the step limit with them): long lookaheads, windows of many steps. */
    @Seeded(15)
    void longDelaysAgree(long seed) {
        Dice dice = new Dice(seed);
        NetSpec spec = inputDrivenSpec(RandomNetworks.networks(dice), dice, 400);
        int factor = dice.between(20, 300);
        spec = withDelays(spec, d -> (int) Math.min(1_000_000, (long) d * factor), spec.maxSteps() * factor);
        assertSameAsEvent(anyPartitions(dice), spec.network(), spec.stim(), spec.stop(), spec.seed());
    }

    @Test
    void aChainAcrossTwoPartitionsTakesTwoWindows() {
        // 100 latches in a chain of delay 1, cut in two: each half runs in one window (one step per superstep would be 100)
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.latch(1), 100);
        for (int i = 0; i + 1 < 100; i++) {
            b.synapse(i, i + 1, 1, 1);
        }
        Network net = b.build();
        Stimulus stim = Stimulus.spikes(0, 0);
        StopCondition stop = StopCondition.afterSteps(1_000).orQuiescent();
        assertSameAsEvent(sparkTwoPartitions, net, stim, stop, 0);
        SparkRun measured = sparkTwoPartitions.runMeasured(net, stim, stop, ALL, 0);
        assertThat(measured.supersteps()).isEqualTo(2);
        assertThat(measured.run().activity().spikes()).isEqualTo(100);
        assertThat(measured.mailEvents()).isEqualTo(1);
        assertThat(measured.mailViaDriver()).isZero();
        assertThat(measured.shuffleBytesWritten()).isPositive();
    }

    @Test
    void smallMailGoesThroughTheDriverWithoutAShuffle() {
        // a spike passed back and forth between two partitions: one window a step, one event of mail each
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.integrateAndFire(1), 2);
        b.synapse(0, 1, 1, 1);
        b.synapse(1, 0, 1, 1);
        Network net = b.build();
        Stimulus stim = Stimulus.spikes(0, 0);
        StopCondition stop = StopCondition.afterSteps(20);
        SparkEngine viaDriver = new SparkEngine(sc, 2);
        assertSameAsEvent(viaDriver, net, stim, stop, 0);
        SparkRun measured = viaDriver.runMeasured(net, stim, stop, ALL, 0);
        assertThat(measured.supersteps()).isEqualTo(20);
        assertThat(measured.mailEvents()).isEqualTo(20);
        assertThat(measured.mailViaDriver()).isEqualTo(20);
        assertThat(measured.shuffleBytesWritten()).isZero();
        assertThat(measured.resultBytes()).isPositive();
    }

    @Seeded(12)
    void sparseInTimeAgrees(long seed) {
        Dice dice = new Dice(seed);
        NetSpec spec = inputDrivenSpec(RandomNetworks.sparseInTime(dice), dice, Long.MAX_VALUE);
        assertSameAsEvent(spark, spec.network(), spec.stim(), spec.stop(), spec.seed());
    }

    @Test
    void emptyStimulusSpansTheStepLimitOrOneStep() {
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.latch(1), 2);
        b.synapse(0, 1, 1, 3);
        Network net = b.build();
        assertSameAsEvent(spark, net, Stimulus.none(), StopCondition.afterSteps(50), 0);
        assertSameAsEvent(spark, net, Stimulus.none(), StopCondition.afterSteps(50).orQuiescent(), 0);
    }

    @Test
    void aWatchedStopFoundLateIsReplayedToTheStop() {
        // neuron 2 has no input synapse, so it runs its stimulus far ahead of neuron 1, which spikes first
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.integrateAndFire(1), 3);
        b.synapse(0, 1, 1, 2);
        Network net = b.build();
        Stimulus stim = Stimulus.builder().spike(0, 0).spike(2, 1).spike(2, 9).spike(2, 40).build();
        StopCondition stop = StopCondition.afterSteps(100).orWhenAnySpiked(1);
        assertSameAsEvent(spark, net, stim, stop, 0);
        SparkRun measured = spark.runMeasured(net, stim, stop, ALL, 0);
        assertThat(measured.reruns()).isEqualTo(1);
        assertThat(measured.run().stepsSpanned()).isEqualTo(3);
    }

    @Test
    void refusesTypesItDoesNotRunNamingThem() {
        NeuronType[] refused = {
                NeuronType.builder().threshold(2).leak(Leak.full()).build(),
                NeuronType.builder().threshold(2).bias(1).build(),
                NeuronType.builder().threshold(2).fireProbability(0.5).build(),
                NeuronType.builder().threshold(2).refractory(3).build(),
                NeuronType.builder().threshold(2).reset(Reset.soft()).build(),
                NeuronType.builder().threshold(2).reset(Reset.hard(2)).build(),
        };
        String[] why = {"leaks", "bias", "random", "refractory period", "softly", "at or above its threshold"};
        for (int k = 0; k < refused.length; k++) {
            NetworkBuilder b = Network.builder();
            b.neuron(NeuronType.latch(1));
            b.neuron(refused[k]);
            Network net = b.build();
            assertThatThrownBy(() -> spark.run(net, Stimulus.none(), StopCondition.afterSteps(5), ALL, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("type 1 (" + refused[k] + ")").hasMessageContaining(why[k]);
        }
    }

    @Test
    void refusesRastersAndSeries() {
        NetworkBuilder b = Network.builder();
        b.neuron(NeuronType.latch(1));
        Network net = b.build();
        for (Recording r : new Recording[] {Recording.none().withRaster(), Recording.none().withSeries()}) {
            assertThatThrownBy(() -> spark.run(net, Stimulus.none(), StopCondition.afterSteps(5), r, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--engine event");
        }
    }

    @Test
    void isFoundByServiceLoaderByName() {
        assertThat(java.util.ServiceLoader.load(org.spikegraph.substrate.run.Engine.class).stream()
                .map(java.util.ServiceLoader.Provider::get).map(org.spikegraph.substrate.run.Engine::name))
                .contains("spark");
    }
}
