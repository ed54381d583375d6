package org.spikegraph.substrate.engine;

import java.util.ArrayList;
import java.util.List;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.RandomNetworks;

/**
 * Seeded random runs of the lane engine's accepted networks: OR neurons and latches of any threshold,
 * leak and width; synapses of weight 0 or at least the target's threshold, delays mostly short, a few
 * beyond the calendar's ring and a few of ~10^5 steps; per lane 0..6 stimulus entries (forced
 * spikes, currents 0 or at least &theta;, forced spikes with any current) at steps 0..40; a step
 * limit mostly short, optional quiescence and watch list (any or all).
 *
 * @param network  the network
 * @param stimuli  one stimulus per lane
 * @param stop     the shared stop condition
 * @param seed     the run seed
 */
record LaneNetworks(Network network, Stimulus[] stimuli, StopCondition stop, long seed) {

    /** A random case with {@code 1..maxLanes} lanes. */
    static LaneNetworks draw(Dice dice, int maxLanes) {
        return draw(dice, maxLanes, false);
    }

    /**
     * A random case with {@code 1..maxLanes} lanes; with {@code unitDelays} every synapse has delay 1
     * (the lane engine's dense next-step path) and the network is up to 200 neurons.
     */
    static LaneNetworks draw(Dice dice, int maxLanes, boolean unitDelays) {
        int n = RandomNetworks.size(dice, 1, unitDelays && dice.chance(0.3) ? 200 : 50);
        List<NeuronType> types = new ArrayList<>();
        for (int k = RandomNetworks.size(dice, 1, 4); k > 0; k--) {
            types.add(acceptedType(dice));
        }
        NetworkBuilder b = Network.builder();
        int[] threshold = new int[n];
        for (int i = 0; i < n; i++) {
            NeuronType t = dice.pick(types);
            b.neuron(t);
            threshold[i] = t.threshold();
        }
        for (int k = RandomNetworks.size(dice, 0, 3 * n); k > 0; k--) {
            int s = dice.between(0, n - 1);
            int t = dice.between(0, n - 1);
            int w = dice.weighted(1, 6, 1) == 0 ? 0
                    : dice.weighted(5, 1) == 0 ? threshold[t] + dice.between(0, 3) : dice.between(threshold[t], 1 << 20);
            int d = unitDelays ? 1 : switch (dice.weighted(40, 40, 4, 1)) {
                case 0 -> dice.between(1, 4);
                case 1 -> dice.between(1, 64);
                case 2 -> dice.between(65, 5_000);
                default -> dice.between(90_000, 110_000);
            };
            b.synapse(s, t, Math.min(w, 1 << 22), d);
        }
        Network network = b.build();
        int lanes = RandomNetworks.size(dice, 1, maxLanes);
        Stimulus[] stimuli = new Stimulus[lanes];
        for (int k = 0; k < lanes; k++) {
            Stimulus.Builder s = Stimulus.builder();
            for (int e = dice.weighted(1, 8) == 0 ? 0 : dice.between(1, 6); e > 0; e--) {
                int i = dice.between(0, n - 1);
                long step = dice.weighted(4, 1) == 0 ? dice.between(0L, 3L) : dice.between(0L, 40L);
                switch (dice.weighted(5, 2, 2, 1)) {
                    case 0 -> s.spike(i, step);
                    case 1 -> s.current(i, step, 0);
                    case 2 -> s.current(i, step, threshold[i] + dice.between(0, 5));
                    default -> s.spike(i, step).current(i, step, dice.between(-10, 10));
                }
            }
            stimuli[k] = s.build();
        }
        long maxSteps = switch (dice.weighted(60, 30, 8, 2)) {
            case 0 -> dice.between(1L, 300L);
            case 1 -> dice.between(1L, 3_000L);
            case 2 -> dice.between(3_000L, 12_000L);
            default -> dice.between(100_000L, 130_000L);
        };
        StopCondition stop = StopCondition.afterSteps(maxSteps);
        if (dice.chance(0.6)) {
            stop = stop.orQuiescent();
        }
        stop = maybeWatching(dice, stop, n);
        return new LaneNetworks(network, stimuli, stop, dice.anyLong());
    }

    /** A type the lane engine accepts: an OR neuron or a latch of any threshold, leak and width. */
    static NeuronType acceptedType(Dice dice) {
        int bits = dice.weighted(1, 1) == 0 ? dice.between(2, 8) : dice.between(9, 32);
        int max = (int) ((1L << (bits - 1)) - 1);
        int threshold = dice.weighted(6, 3) == 0 ? 1 : dice.between(1, Math.min(max, 12));
        Leak leak = switch (dice.weighted(4, 1, 1, 1)) {
            case 0 -> Leak.none();
            case 1 -> Leak.full();
            case 2 -> Leak.shift(dice.between(1, 31));
            default -> Leak.linear(dice.between(1, 100));
        };
        NeuronType.Builder b = NeuronType.builder().threshold(threshold).leak(leak).potentialBits(bits);
        if (dice.chance(0.6)) {
            b.fireOnce();
        }
        return b.build();
    }

    /** {@code stop}, and with chance 0.4 also a stop when any or all of 1-3 drawn neurons of {@code n} have spiked. */
    static StopCondition maybeWatching(Dice dice, StopCondition stop, int n) {
        if (dice.chance(0.4)) {
            int[] watched = new int[dice.between(1, 3)];
            for (int k = 0; k < watched.length; k++) {
                watched[k] = dice.between(0, n - 1);
            }
            return dice.chance(0.5) ? stop.orWhenAllSpiked(watched) : stop.orWhenAnySpiked(watched);
        }
        return stop;
    }
}
