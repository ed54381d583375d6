package org.spikegraph.substrate.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.neuron.Reset;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;
import org.spikegraph.substrate.testing.EngineAgreement;

/** Every bad input is an IllegalArgumentException whose message says what to change. */
class NetworkValidationTest {

    private static final String ENGINES = "org.spikegraph.substrate.engine.Engines#all";

    private static NetworkBuilder two() {
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.integrateAndFire(1), 2);
        return b;
    }

    @Test
    void delayBelowOne() {
        assertThatThrownBy(() -> two().synapse(0, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("synapse 0 -> 1 has delay 0")
                .hasMessageContaining(">= 1");
        assertThatThrownBy(() -> two().synapse(0, 1, 1, -3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("delay -3");
    }

    @Test
    void thresholdBelowOne() {
        assertThatThrownBy(() -> NeuronType.builder().threshold(0).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold must be >= 1, got 0");
        assertThatThrownBy(() -> NeuronType.integrateAndFire(-5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got -5");
    }

    @Test
    void thresholdAboveTheDeclaredWidth() {
        // 4 bits hold -8 .. 7
        assertThatThrownBy(() -> NeuronType.builder().threshold(8).potentialBits(4).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold 8 exceeds the largest potential 7 of a 4-bit neuron")
                .hasMessageContaining("raise potentialBits or lower the threshold");
        assertThatNoException().isThrownBy(() -> NeuronType.builder().threshold(7).potentialBits(4).build());
    }

    @Test
    void otherNeuronTypeParameters() {
        assertThatThrownBy(() -> NeuronType.builder().potentialBits(1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("potentialBits must be in 2..32");
        assertThatThrownBy(() -> NeuronType.builder().potentialBits(33).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("potentialBits must be in 2..32");
        assertThatThrownBy(() -> NeuronType.builder().threshold(3).potentialBits(4).reset(Reset.hard(8)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reset value 8 is outside the 4-bit range [-8, 7]");
        assertThatThrownBy(() -> NeuronType.builder().refractory(-2).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refractory must be >= 0 or FIRE_ONCE");
        assertThatThrownBy(() -> new Reset(Reset.Kind.SOFT, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("soft reset subtracts the threshold");
    }

    @Test
    void probabilityOutsideZeroOne() {
        for (double p : new double[] {-0.01, 1.01, Double.NaN}) {
            assertThatThrownBy(() -> NeuronType.builder().fireProbability(p))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("fire probability must be in [0, 1]");
        }
        assertThatThrownBy(() -> NeuronType.builder().fireChance(65_537).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fireChance must be in 0..65536");
        assertThatThrownBy(() -> NeuronType.builder().fireChance(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fireChance must be in 0..65536");
        // the edges are fine: 0 -> 0, 1 -> 2^16, 0.5 -> 2^15
        assertThat(NeuronType.builder().fireProbability(0).build().fireChance()).isZero();
        assertThat(NeuronType.builder().fireProbability(1).build().fireChance()).isEqualTo(65_536);
        assertThat(NeuronType.builder().fireProbability(0.5).build().fireChance()).isEqualTo(32_768);
    }

    @Test
    void badLeakAmounts() {
        assertThatThrownBy(() -> Leak.shift(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 <= k <= 31").hasMessageContaining("use FULL for k = 0");
        assertThatThrownBy(() -> Leak.shift(32)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 <= k <= 31, got 32");
        assertThatThrownBy(() -> Leak.linear(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("d >= 1").hasMessageContaining("use NONE for d = 0");
        assertThatThrownBy(() -> Leak.linear(-2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got -2");
        assertThatThrownBy(() -> new Leak(Leak.Kind.NONE, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leak NONE takes no amount, got 3");
        assertThatThrownBy(() -> new Leak(Leak.Kind.FULL, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leak FULL takes no amount");
    }

    @Test
    void unknownNeuronIdsInSynapses() {
        assertThatThrownBy(() -> two().synapse(0, 2, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("synapse target 2 is not a neuron of this network")
                .hasMessageContaining("ids are 0..1")
                .hasMessageContaining("add the neuron before its synapses");
        assertThatThrownBy(() -> two().synapse(-1, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("synapse source -1 is not a neuron");
        assertThatThrownBy(() -> Network.builder().synapse(0, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("synapse source 0 is not a neuron of this network (it has no neurons yet)")
                .hasMessageNotContaining("0..-1");
    }

    @Test
    void tooManyNeuronTypes() {
        NetworkBuilder b = Network.builder();
        // 65,536 distinct types are allowed (thresholds 1 .. 65,536 make them distinct) ...
        for (int k = 1; k <= 65_536; k++) {
            b.neuron(NeuronType.integrateAndFire(k));
        }
        // ... and a neuron of an existing type is still fine ...
        assertThatNoException().isThrownBy(() -> b.neuron(NeuronType.integrateAndFire(1)));
        // ... but the 65,537th distinct type is not
        assertThatThrownBy(() -> b.neuron(NeuronType.integrateAndFire(65_537)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 65536 distinct neuron types")
                .hasMessageContaining("share types between neurons");
        assertThat(b.build().types()).hasSize(65_536);
    }

    /**
     * 65,536 distinct weights fill the 16-bit weight index: the next distinct weight is refused (and
     * leaves nothing behind), a known one is still taken, and both engines deliver every weight of the
     * full palette exactly (the event engine's 4-byte events then carry 16 bits of weight index).
     */
    @Test
    void mostDistinctWeights() {
        NetworkBuilder b = Network.builder();
        int source = b.neuron(NeuronType.integrateAndFire(1));
        int targets = 64;
        int first = b.neurons(NeuronType.integrateAndFire(Integer.MAX_VALUE), targets);
        long[] expected = new long[1 + targets];
        for (int k = 0; k < Network.MAX_DISTINCT_WEIGHTS; k++) {
            int weight = (k % 2 == 0 ? 1 : -1) * (k / 2 + 1); // 1, -1, 2, -2, ..., -32768
            int target = first + k % targets;
            b.synapse(source, target, weight, 1 + k % 3);
            expected[target] += weight;
        }
        assertThatThrownBy(() -> b.synapse(source, first, 40_000, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("synapse 0 -> 1 brings a 65537th distinct weight (40000)")
                .hasMessageContaining("at most 65536 distinct weights; quantize the weights");
        assertThat(b.synapseCount()).isEqualTo(Network.MAX_DISTINCT_WEIGHTS);
        b.synapse(source, first, -32_768, 2); // a weight already in the palette
        expected[first] += -32_768;

        Network net = b.build();
        assertThat(net.weightPaletteArray()).hasSize(Network.MAX_DISTINCT_WEIGHTS);
        Run run = EngineAgreement.assertSameRun(net, Stimulus.spikes(0, source), StopCondition.afterSteps(5), 0);
        for (int t = first; t < first + targets; t++) {
            assertThat((long) run.finalPotentials()[t]).as("potential of target %d", t).isEqualTo(expected[t]);
        }
        assertThat(run.activity().synapticEvents()).isEqualTo(Network.MAX_DISTINCT_WEIGHTS + 1);
    }

    @Test
    void totalIncomingWeightAboveTwoToTheThirty() {
        int half = 1 << 29;
        // exactly 2^30 = 2^29 + |-2^29| is allowed
        NetworkBuilder ok = two();
        ok.synapse(0, 1, half, 1).synapse(0, 1, -half, 2);
        assertThatNoException().isThrownBy(ok::build);
        // 2^29 + |-(2^29 + 1)| = 2^30 + 1 = 1,073,741,825 is not
        NetworkBuilder bad = two();
        bad.synapse(0, 1, half, 1).synapse(0, 1, -half - 1, 2);
        assertThatThrownBy(bad::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neuron 1 receives a total |weight| of 1073741825")
                .hasMessageContaining("above the limit 1073741824")
                .hasMessageContaining("scale the weights down or spread the input over relay neurons");
        // a single Integer.MIN_VALUE weight: |w| = 2^31
        NetworkBuilder min = two();
        min.synapse(1, 0, Integer.MIN_VALUE, 1);
        assertThatThrownBy(min::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neuron 0 receives a total |weight| of 2147483648");
    }

    @Test
    void builderIsSingleUse() {
        NetworkBuilder b = two();
        b.build();
        assertThatThrownBy(() -> b.neuron(NeuronType.integrateAndFire(1))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("start a new builder");
    }

    @Test
    void badStimulusAndStopConditionArguments() {
        assertThatThrownBy(() -> Stimulus.builder().spike(-1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stimulus neuron must be >= 0, got -1");
        assertThatThrownBy(() -> Stimulus.builder().current(0, -1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stimulus step must be >= 0, got -1");
        assertThatThrownBy(() -> StopCondition.afterSteps(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxSteps must be >= 1, got 0");
        assertThatThrownBy(() -> StopCondition.afterSteps(5).orWhenAnySpiked()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("give at least one neuron to watch");
        assertThatThrownBy(() -> StopCondition.afterSteps(5).orWhenAllSpiked(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("watched neuron ids must be >= 0, got -1");
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void stimulusNamingAMissingNeuron(Engine engine) {
        Network net = two().build();
        Stimulus s = Stimulus.builder().spike(0, 0).current(5, 3, 1).build();
        assertThatThrownBy(() -> engine.run(net, s, StopCondition.afterSteps(10), Recording.none(), 0L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stimulus at step 3 targets neuron 5")
                .hasMessageContaining("the network has 2 neurons (ids 0..1)");
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void stopConditionNamingAMissingNeuron(Engine engine) {
        Network net = two().build();
        StopCondition stop = StopCondition.afterSteps(10).orWhenAnySpiked(1, 7);
        assertThatThrownBy(() -> engine.run(net, Stimulus.none(), stop, Recording.none(), 0L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stop condition watches neuron 7")
                .hasMessageContaining("the network has 2 neurons");
    }
}
