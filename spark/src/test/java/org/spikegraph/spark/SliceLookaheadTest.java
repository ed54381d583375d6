package org.spikegraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.NetSpec;
import org.spikegraph.substrate.testing.RandomNetworks;
import org.spikegraph.substrate.testing.Seeded;

/**
 * The lookahead of {@link Slice} (no Spark): for every neuron, the shortest delay path from a
 * synapse entering its partition to it through the partition's own synapses, against Bellman-Ford
 * relaxation over the whole network's synapses.
 */
class SliceLookaheadTest {

    @Seeded(200)
    void lookaheadIsTheShortestPathFromThePartitionsEntries(long seed) {
        Dice dice = new Dice(seed);
        NetSpec spec = RandomNetworks.networks(dice);
        Network net = spec.network();
        int parts = dice.between(1, 6);
        Slice[] slices = Slice.cut(net, parts);
        int chunk = Slice.chunk(net.neuronCount(), parts);
        long[] expected = bellmanFord(net, chunk);
        for (Slice s : slices) {
            for (int i = 0; i < s.count; i++) {
                long want = expected[s.lo + i];
                assertThat(s.look[i]).as("neuron %d of %d parts", s.lo + i, parts)
                        .isEqualTo(want == Long.MAX_VALUE ? Slice.NO_INPUT : (int) Math.min(Slice.NO_INPUT - 1L, want));
            }
        }
    }

    /** Distances from synapses between partitions (their delays) along synapses within one partition. */
    static long[] bellmanFord(Network net, int chunk) {
        int n = net.neuronCount();
        long[] dist = new long[n];
        Arrays.fill(dist, Long.MAX_VALUE);
        for (int u = 0; u < n; u++) {
            for (int j = net.outStart(u); j < net.outEnd(u); j++) {
                int t = net.target(j);
                if (t / chunk != u / chunk) {
                    dist[t] = Math.min(dist[t], net.delay(j));
                }
            }
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int u = 0; u < n; u++) {
                if (dist[u] == Long.MAX_VALUE) {
                    continue;
                }
                for (int j = net.outStart(u); j < net.outEnd(u); j++) {
                    int t = net.target(j);
                    if (t / chunk == u / chunk && dist[u] + net.delay(j) < dist[t]) {
                        dist[t] = dist[u] + net.delay(j);
                        changed = true;
                    }
                }
            }
        }
        return dist;
    }

    @Test
    void aPartitionWithoutEntriesRunsFreely() {
        // 0 -> 1 -> 2 | 3 -> 4, and 2 -> 3 (delay 7) is the only way into the second partition
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.latch(1), 6);
        b.synapse(0, 1, 1, 2);
        b.synapse(1, 2, 1, 2);
        b.synapse(2, 3, 1, 7);
        b.synapse(3, 4, 1, 5);
        Slice[] slices = Slice.cut(b.build(), 2);
        assertThat(slices[0].look).containsExactly(Slice.NO_INPUT, Slice.NO_INPUT, Slice.NO_INPUT);
        assertThat(slices[1].look).containsExactly(7, 12, Slice.NO_INPUT);
    }
}
