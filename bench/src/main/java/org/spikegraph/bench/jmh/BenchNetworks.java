package org.spikegraph.bench.jmh;

import java.util.SplittableRandom;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;

/** The networks the benchmarks and the memory report run on; every one is a pure function of its seed. */
final class BenchNetworks {

    private BenchNetworks() {}

    /**
     * A random network: {@code neurons} neurons of one type, each with {@code fanOut} outgoing
     * synapses of weight {@code weight}, targets uniform over all neurons (self-loops and repeats
     * allowed), delays uniform in 1..{@code maxDelay}.
     */
    static Network random(int neurons, int fanOut, int maxDelay, int weight, NeuronType type, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        NetworkBuilder b = Network.builder();
        b.neurons(type, neurons);
        for (int s = 0; s < neurons; s++) {
            for (int k = 0; k < fanOut; k++) {
                b.synapse(s, rnd.nextInt(neurons), weight, 1 + rnd.nextInt(maxDelay));
            }
        }
        return b.build();
    }

    /** A chain 0 -> 1 -> ... -> n-1 of threshold-1 latches, every link of weight 1 and the given delay. */
    static Network chain(int neurons, int delay) {
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.latch(1), neurons);
        for (int i = 0; i + 1 < neurons; i++) {
            b.synapse(i, i + 1, 1, delay);
        }
        return b.build();
    }

    /**
     * A synthetic road-like network: threshold-1 latches on a {@code side} x {@code side} grid, each
     * with 2 or 3 (mean 2.5) outgoing synapses to distinct grid neighbours, each with its own delay
     * (distinct within the source, uniform in 1..1000), like a road network's arc lengths.
     */
    static Network roadLike(int side, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        NetworkBuilder b = Network.builder();
        int n = side * side;
        b.neurons(NeuronType.latch(1), n);
        int[] dx = {1, -1, 0, 0};
        int[] dy = {0, 0, 1, -1};
        for (int s = 0; s < n; s++) {
            int x = s % side;
            int y = s / side;
            int degree = rnd.nextBoolean() ? 2 : 3;
            int used = 0; // bit set of directions used
            int d0 = -1;
            int d1 = -1;
            for (int k = 0; k < degree; k++) {
                int dir;
                do {
                    dir = rnd.nextInt(4);
                } while ((used & (1 << dir)) != 0);
                used |= 1 << dir;
                int tx = Math.floorMod(x + dx[dir], side);
                int ty = Math.floorMod(y + dy[dir], side);
                int delay;
                do {
                    delay = 1 + rnd.nextInt(1000);
                } while (delay == d0 || delay == d1);
                if (k == 0) {
                    d0 = delay;
                } else if (k == 1) {
                    d1 = delay;
                }
                b.synapse(s, ty * side + tx, 1, delay);
            }
        }
        return b.build();
    }
}
