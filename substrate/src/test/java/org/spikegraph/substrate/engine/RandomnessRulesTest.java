package org.spikegraph.substrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spikegraph.substrate.engine.Engines.spikeSteps;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.random.CounterRng;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/** Fire probability and seeds: draws are a pure function of (seed, neuron, step). */
class RandomnessRulesTest {

    private static final String ENGINES = "org.spikegraph.substrate.engine.Engines#all";

    /**
     * {@code count} neurons with theta 1, bias 1, hard reset to 0, the given fire probability: after
     * step 3 of every step v &ge; 1 = theta, so every step is one draw.
     */
    private static Network coins(int count, double p) {
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.builder().threshold(1).bias(1).fireProbability(p).build(), count);
        return b.build();
    }

    private static Run run(Engine engine, Network net, long steps, long seed) {
        return engine.run(net, Stimulus.none(), StopCondition.afterSteps(steps), Recording.all(), seed);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void probabilityZeroNeverFiresAndKeepsIntegrating(Engine engine) {
        Run r = run(engine, coins(1, 0.0), 1000, 1L);
        assertThat(r.activity().spikes()).isZero();
        // "a neuron whose v >= theta does not fire when its draw fails, and keeps v": 1000 steps of bias 1
        assertThat(r.finalPotentials()).containsExactly(1000);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void probabilityOneAlwaysFires(Engine engine) {
        Run r = run(engine, coins(3, 1.0), 1000, 1L);
        // every step: v = 0 + 1 >= 1, spike, reset to 0: 3 neurons x 1000 steps
        assertThat(r.spikeCounts()).containsExactly(1000, 1000, 1000);
        assertThat(r.activity().spikes()).isEqualTo(3000);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void probabilityOneHalfFiresAboutHalfTheTime(Engine engine) {
        int neurons = 64;
        int steps = 2000;
        Run r = run(engine, coins(neurons, 0.5), steps, 12345L);
        // 128,000 independent Bernoulli(1/2) draws: mean 64,000, sd = sqrt(128,000 / 4) = 178.9.
        // A 6-sd band (+-1,074, rounded to +-1,100) fails by chance with probability < 2e-9.
        assertThat(r.activity().spikes()).isBetween(64_000L - 1_100, 64_000L + 1_100);
        // per neuron: 2,000 draws, mean 1,000, sd = sqrt(500) = 22.4, 6 sd = 134: [866, 1134]
        for (int count : r.spikeCounts()) {
            assertThat(count).isBetween(866, 1134);
        }
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void probabilityOneQuarterFiresAboutAQuarterOfTheTime(Engine engine) {
        Run r = run(engine, coins(64, 0.25), 2000, 99L);
        // 128,000 draws, p = 1/4: mean 32,000, sd = sqrt(128,000 * 3/16) = 154.9, 6 sd = 930
        assertThat(r.activity().spikes()).isBetween(32_000L - 930, 32_000L + 930);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void neuronFiresWhenItsDrawIsBelowTheFireChance(Engine engine) {
        long seed = 7;
        Run r = run(engine, coins(3, 0.5), 200, seed);
        // the documented draw: neuron i at step t fires iff CounterRng.draw16(seed, i, t) < 32768
        for (int i = 0; i < 3; i++) {
            List<Long> expected = new ArrayList<>();
            for (long t = 0; t < 200; t++) {
                if (CounterRng.draw16(seed, i, t) < 32_768) {
                    expected.add(t);
                }
            }
            assertThat(spikeSteps(r, i)).as("neuron %d", i).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void sameSeedSameRunDifferentSeedDifferentRaster(Engine engine) {
        Network net = coins(16, 0.5);
        Run a = run(engine, net, 64, 42L);
        Run b = run(engine, net, 64, 42L);
        Run c = run(engine, net, 64, 43L);
        assertThat(b.raster()).isEqualTo(a.raster());
        assertThat(b.finalPotentials()).isEqualTo(a.finalPotentials());
        assertThat(b.activity()).isEqualTo(a.activity());
        // 16 x 64 = 1,024 fair draws: two seeds give the same raster with probability 2^-1024
        assertThat(c.raster()).isNotEqualTo(a.raster());
    }
}
