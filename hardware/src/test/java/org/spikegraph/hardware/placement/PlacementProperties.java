package org.spikegraph.hardware.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.hardware.profile.Profiles;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;

/** Placements never exceed a per-core limit, recomputed here independently of the placer. */
class PlacementProperties {

    /** A random legal network for a profile: n neurons, per source a few targets; TrueNorth sources keep one delay and one 64-neuron block. */
    static Network randomNetwork(HardwareProfile p, int n, long seed, int maxOut) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        NetworkBuilder b = Network.builder();
        int first = b.neurons(NeuronType.builder().threshold(1 + r.nextInt(3)).potentialBits(16).build(), n);
        boolean tn = p.core().oneTargetCore();
        int maxDelay = Math.min(p.limits().maxDelay(), 20);
        for (int s = 0; s < n; s++) {
            int out = r.nextInt(maxOut + 1);
            int d = 1 + r.nextInt(maxDelay);
            int block = r.nextInt((n + 63) / 64) * 64;
            for (int k = 0; k < out; k++) {
                // within the block (clamping to n - 1 piled a short last block's targets on one neuron,
                // past TrueNorth's fan-in of 256)
                int t = tn ? block + r.nextInt(Math.min(64, n - block)) : r.nextInt(n);
                b.synapse(first + s, first + t, 1 + r.nextInt(50), tn ? d : 1 + r.nextInt(maxDelay));
            }
        }
        return b.build();
    }

    @Provide
    Arbitrary<String> profiles() {
        return Arbitraries.of(Profiles.NAMES);
    }

    @Property(tries = 60)
    void noCoreLimitIsEverExceeded(@ForAll("profiles") String name, @ForAll("sizes") int n, @ForAll long seed,
                                   @ForAll("orders") Placement.Order order) {
        HardwareProfile p = Profiles.byName(name);
        Network net = randomNetwork(p, p.core().oneTargetCore() ? Math.min(n, 250) : n, seed, 12);
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

    @Provide
    Arbitrary<Integer> sizes() {
        return Arbitraries.integers().between(1, 3000);
    }

    @Provide
    Arbitrary<Placement.Order> orders() {
        return Arbitraries.of(Placement.Order.class);
    }

    @Property(tries = 20)
    void meshCoordinatesAreDistinctPerTileAndSnakeNeighboursAreAdjacent(@ForAll("profiles") String name) {
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
