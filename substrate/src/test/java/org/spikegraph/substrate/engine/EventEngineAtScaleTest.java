package org.spikegraph.substrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * The event engine against the reference on networks large enough for its bit sets' other regimes:
 * several summary words (more than 4,096 neurons), steps that switch between sparse and dense
 * delivery (a slot with more events than the update set has words, then fewer, so the summary is
 * rebuilt), live neurons carried across both, ring slots recycled. Types mix the inline paths
 * (plain, latch, gate) with the general one; every recorded output must agree.
 */
class EventEngineAtScaleTest {

    private static final Engine REFERENCE = new ReferenceEngine();
    private static final Engine EVENT = new EventEngine();

    @Seeded(24)
    void eventEngineEqualsReferenceAtScale(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.pick(4_097, dice.between(4_097, 9_000), dice.between(8_193, 13_000));
        List<NeuronType> types = new ArrayList<>();
        types.add(NeuronType.integrateAndFire(dice.between(1, 4)));                       // plain
        types.add(NeuronType.latch(dice.between(1, 3)));                                 // latch
        types.add(NeuronType.builder().threshold(2).leak(Leak.shift(dice.between(1, 3)))  // gate, drifts
                .bias(dice.between(-1, 1)).fireChance(dice.between(1, NeuronType.ALWAYS)).build());
        types.add(NeuronType.builder().threshold(1).leak(Leak.full()).bias(dice.between(-1, 0)).build());
        types.add(NeuronType.builder().threshold(dice.between(1, 3)).refractory(dice.between(1, 4)) // general
                .leak(Leak.linear(1)).build());
        boolean oneType = dice.chance(0.25);
        NetworkBuilder b = Network.builder();
        int clusters = dice.between(1, 40);
        for (int i = 0; i < n; ) {
            int run = Math.min(n - i, dice.between(1, 3 * n / clusters));
            b.neurons(oneType ? types.get(0) : dice.pick(types), run);
            i += run;
        }
        int maxDelay = dice.pick(1, 3, 16, 70);
        int synapses = n * dice.between(1, 4);
        for (int j = 0; j < synapses; j++) {
            b.synapse(dice.between(0, n - 1), dice.between(0, n - 1), dice.between(-1, 3), dice.between(1, maxDelay));
        }
        Network network = b.build();

        // Bursts of forced spikes (dense slots a few steps later) between quiet stretches (sparse ones).
        Stimulus.Builder stimulus = Stimulus.builder();
        long steps = dice.between(20, 120);
        double burst = dice.pick(0.05, 0.2);
        for (long t = 0; t < steps; t++) {
            int forced = dice.chance(burst) ? dice.between(n / 50, n / 5) : dice.between(0, 3);
            for (int k = 0; k < forced; k++) {
                stimulus.spike(dice.between(0, n - 1), t);
            }
            if (dice.chance(0.3)) {
                stimulus.current(dice.between(0, n - 1), t, dice.between(-3, 5));
            }
        }
        StopCondition stop = StopCondition.afterSteps(steps + dice.between(0, 2 * maxDelay));
        if (dice.chance(0.5)) {
            stop = stop.orQuiescent();
        }
        Stimulus stim = stimulus.build();
        long runSeed = dice.anyLong();

        Run ref = REFERENCE.run(network, stim, stop, Recording.all(), runSeed);
        Run ev = EVENT.run(network, stim, stop, Recording.all(), runSeed);
        assertThat(ref.activity().spikes()).as("the case exercises spikes").isPositive();
        assertThat(ev.stopReason()).as("stop reason").isEqualTo(ref.stopReason());
        assertThat(ev.raster()).as("raster").isEqualTo(ref.raster());
        assertThat(ev.firstSpikes()).as("first spikes").isEqualTo(ref.firstSpikes());
        assertThat(ev.spikeCounts()).as("spike counts").isEqualTo(ref.spikeCounts());
        assertThat(ev.finalPotentials()).as("final potentials").isEqualTo(ref.finalPotentials());
        assertThat(ev.activity()).as("activity").isEqualTo(ref.activity());
    }
}
