package org.spikegraph.substrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * The lane engine's straight dense steps (networks of latches only, every synapse of delay 1 reaching
 * its target's &theta;, a step whose deliveries pass a quarter of the neurons, no stimulus entry at it):
 * every lane equals the event engine's run of its stimulus alone, for 1, 2 and 3 threads, on seeded
 * dense networks (often symmetric, as hop wavefronts are) with stimulus entries at later steps (which
 * send those steps back to the marked walk), watched neurons (lanes stopped with events in flight),
 * step limits inside the wavefront, and 1-200 lanes.
 */
class LaneEngineLatchesTest {

    private static final EventEngine EVENT = new EventEngine();
    private static final Recording RECORDING = Recording.firstSpikeTimes().withSpikeCounts().withFirstSpikeHistogram();

    @Seeded(400)
    void everyLaneEqualsTheEventEngineOnDenseLatchNetworks(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(2, 150);
        NeuronType[] types = new NeuronType[dice.between(1, 3)];
        for (int k = 0; k < types.length; k++) {
            types[k] = NeuronType.builder().threshold(dice.weighted(3, 1) == 0 ? 1 : dice.between(1, 9))
                    .leak(dice.chance(0.5) ? Leak.none() : Leak.full()).potentialBits(16).fireOnce().build();
        }
        NetworkBuilder b = Network.builder();
        int[] threshold = new int[n];
        for (int i = 0; i < n; i++) {
            NeuronType t = dice.pick(types);
            b.neuron(t);
            threshold[i] = t.threshold();
        }
        boolean symmetric = dice.chance(0.6);
        for (int k = dice.between(n, 6 * n); k > 0; k--) {
            int s = dice.between(0, n - 1);
            int t = dice.between(0, n - 1);
            b.synapse(s, t, threshold[t] + dice.between(0, 3), 1);
            if (symmetric) {
                b.synapse(t, s, threshold[s] + dice.between(0, 3), 1);
            }
        }
        Network network = b.build();
        Stimulus[] stimuli = new Stimulus[dice.weighted(3, 1) == 0 ? dice.between(1, 64) : dice.between(65, 200)];
        for (int k = 0; k < stimuli.length; k++) {
            Stimulus.Builder s = Stimulus.builder().spike(dice.between(0, n - 1), 0);
            for (int e = dice.weighted(2, 1, 1); e > 0; e--) {
                int i = dice.between(0, n - 1);
                long step = dice.between(1L, 8L);
                switch (dice.weighted(2, 1, 1)) {
                    case 0 -> s.spike(i, step);
                    case 1 -> s.current(i, step, 0);
                    default -> s.current(i, step, threshold[i] + dice.between(0, 5));
                }
            }
            stimuli[k] = s.build();
        }
        StopCondition stop = StopCondition.afterSteps(dice.weighted(1, 3) == 0 ? dice.between(1L, 6L) : 1_000L);
        if (dice.chance(0.7)) {
            stop = stop.orQuiescent();
        }
        stop = LaneNetworks.maybeWatching(dice, stop, n);
        long runSeed = dice.anyLong();

        Run[] expected = new Run[stimuli.length];
        for (int k = 0; k < stimuli.length; k++) {
            expected[k] = EVENT.run(network, stimuli[k], stop, RECORDING, runSeed);
        }
        for (int threads = 1; threads <= 3; threads++) {
            Run[] lanes = new LaneEngine(threads, LaneEngine.Strategy.WORDS).run(network, stimuli, stop, RECORDING, runSeed);
            assertThat(lanes).hasSameSizeAs(stimuli);
            for (int k = 0; k < lanes.length; k++) {
                LaneEngineAgreementTest.assertSameRun(lanes[k], expected[k], "lane " + k + " of " + lanes.length + ", "
                        + threads + " threads");
            }
        }
    }
}
