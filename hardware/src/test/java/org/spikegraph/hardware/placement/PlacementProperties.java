package org.spikegraph.hardware.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.hardware.profile.Profiles;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** Placements never exceed a per-core limit, recomputed here independently of the placer. */
class PlacementProperties {

    /**
     * A random legal network for a profile: n neurons, per source 0..maxOut targets. TrueNorth sources keep
     * one delay and one 64-neuron block; the blocks drawn are the full ones (the whole network when n &lt; 64):
     * a short last block drawn as often as a full one piled a quarter of all synapses on its few neurons,
     * past TrueNorth's fan-in of 256 (a run of the old property failed so: neuron 192 fed 389 times).
     */
    static Network randomNetwork(HardwareProfile p, int n, Dice dice, int maxOut) {
        NetworkBuilder b = Network.builder();
        int first = b.neurons(NeuronType.builder().threshold(dice.between(1, 3)).potentialBits(16).build(), n);
        boolean tn = p.core().oneTargetCore();
        int maxDelay = Math.min(p.limits().maxDelay(), 20);
        int blocks = Math.max(1, n / 64);
        for (int s = 0; s < n; s++) {
            int out = dice.between(0, maxOut);
            int d = dice.between(1, maxDelay);
            int block = dice.between(0, blocks - 1) * 64;
            for (int k = 0; k < out; k++) {
                int t = tn ? block + dice.between(0, Math.min(64, n - block) - 1) : dice.between(0, n - 1);
                b.synapse(first + s, first + t, dice.between(1, 50), tn ? d : dice.between(1, maxDelay));
            }
        }
        return b.build();
    }

    @Seeded(60)
    void noCoreLimitIsEverExceeded(long seed) {
        Dice dice = new Dice(seed);
        HardwareProfile p = Profiles.byName(dice.pick(Profiles.NAMES));
        int n = dice.between(1, 3000);
        Placement.Order order = dice.pick(Placement.Order.values());
        Network net = randomNetwork(p, p.core().oneTargetCore() ? Math.min(n, 250) : n, dice, 12);
        Placement pl = Placement.place(net, p, order, Placement.Layout.SNAKE);
        int cores = pl.cores();
        int[] neurons = new int[cores];
        long[] syn = new long[cores];
        List<Set<Integer>> axons = new java.util.ArrayList<>();
        List<Set<Long>> outEdges = new java.util.ArrayList<>();
        for (int c = 0; c < cores; c++) {
            axons.add(new HashSet<>());
            outEdges.add(new HashSet<>());
        }
        for (int v = 0; v < net.neuronCount(); v++) {
            assertThat(pl.core(v)).isBetween(0, cores - 1);
            neurons[pl.core(v)]++;
        }
        for (int s = 0; s < net.neuronCount(); s++) {
            Set<Integer> targetCores = new HashSet<>();
            for (int j = net.outStart(s); j < net.outEnd(s); j++) {
                int c = pl.core(net.target(j));
                syn[c]++;
                axons.get(c).add(s);
                outEdges.get(pl.core(s)).add(((long) s << 32) | c);
                targetCores.add(c);
            }
            if (p.core().oneTargetCore()) {
                assertThat(targetCores).hasSizeLessThanOrEqualTo(1);
            }
        }
        for (int c = 0; c < cores; c++) {
            assertThat(neurons[c]).isBetween(1, p.core().maxNeurons());
            assertThat(syn[c]).isLessThanOrEqualTo(p.core().maxSynapses());
            assertThat(axons.get(c).size()).isLessThanOrEqualTo(p.core().maxInputAxons());
            assertThat((long) outEdges.get(c).size()).isLessThanOrEqualTo(p.core().maxOutputCoreEdges());
            assertThat(pl.outputCoreEdgesOn(c)).isEqualTo(outEdges.get(c).size());
            assertThat(pl.chip(c)).isEqualTo(c / p.mesh().cores());
        }
        assertThat(pl.withinLimits()).isTrue();
        assertThat(pl.chips()).isEqualTo((cores + p.mesh().cores() - 1) / p.mesh().cores());
        assertThat(pl.neuronUtilisation()).isBetween(0.0, 1.0);
    }

    /** Every profile once (what the old property's 20 tries over five values amounted to). */
    @ParameterizedTest
    @FieldSource("org.spikegraph.hardware.profile.Profiles#NAMES")
    void meshCoordinatesAreDistinctPerTileAndSnakeNeighboursAreAdjacent(String name) {
        HardwareProfile p = Profiles.byName(name);
        int n = p.core().maxNeurons() * p.mesh().cores() * 2 + 5; // a bit over two chips
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.builder().threshold(1).potentialBits(16).build(), n);
        Placement pl = Placement.place(b.build(), p);
        assertThat(pl.chips()).isEqualTo(3);
        Set<Long> seen = new HashSet<>();
        int per = p.mesh().coresPerTileInt();
        for (int c = 0; c < pl.cores(); c += per) {
            assertThat(seen.add(((long) pl.meshX(c) << 32) | pl.meshY(c))).isTrue();
            if (c + per < pl.cores() && pl.chip(c) == pl.chip(c + per)) {
                int dist = Math.abs(pl.meshX(c) - pl.meshX(c + per)) + Math.abs(pl.meshY(c) - pl.meshY(c + per));
                assertThat(dist).isEqualTo(1);
            }
        }
    }
}
