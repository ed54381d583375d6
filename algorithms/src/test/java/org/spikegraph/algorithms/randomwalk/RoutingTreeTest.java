package org.spikegraph.algorithms.randomwalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** The routing tree's shape and its rounding distance. */
class RoutingTreeTest {

    /**
     * 1..300 option weights in 0.001..1000 with 6 decimals, one in ten at each end of the range; a
     * third of the lists all of one weight.
     */
    @Seeded(300)
    void roundingDistanceIsWithinHalfAUnitPerLevel(long seed) {
        Dice dice = new Dice(seed);
        double[] w = new double[dice.between(1, 300)];
        boolean equal = dice.chance(1.0 / 3);
        for (int i = 0; i < w.length; i++) {
            w[i] = equal && i > 0 ? w[0] : switch (dice.weighted(1, 1, 8)) {
                case 0 -> 1e-3;
                case 1 -> 1e3;
                default -> dice.between(1_000L, 1_000_000_000L) / 1e6;
            };
        }
        double d = RoutingTree.roundingDistance(w);
        assertThat(d).isBetween(0.0, RoutingTree.depth(w.length) * Math.scalb(1.0, -17) + 1e-15);
    }

    @Test
    void powersOfTwoOfEqualWeightsRouteExactly() {
        for (int c : new int[] {1, 2, 4, 64, 1024}) {
            double[] w = new double[c];
            Arrays.fill(w, 3.5);
            assertThat(RoutingTree.roundingDistance(w)).as("%d options", c).isZero();
        }
        assertThat(RoutingTree.roundingDistance(new double[] {1, 1, 1})).isPositive(); // 1/3 is not a 16-bit fraction
    }

    @Test
    void depthAndSizeFollowTheOptionCount() {
        assertThat(RoutingTree.depth(1)).isZero();
        assertThat(RoutingTree.depth(2)).isEqualTo(1);
        assertThat(RoutingTree.depth(5)).isEqualTo(3);
        assertThat(RoutingTree.depth(1024)).isEqualTo(10);
        assertThat(RoutingTree.depth(1025)).isEqualTo(11);
        double[] w = {1, 2, 3, 4, 5};
        NetworkBuilder b = Network.builder();
        int feeder = b.neuron(RoutingTree.FALLBACK);
        RoutingTree.addNeurons(b::neuron, w, 0, w.length);
        assertThat(b.neuronCount()).isEqualTo(1 + RoutingTree.neurons(5));
        int[] offsets = new int[5];
        int end = RoutingTree.addSynapses(b::synapse, feeder, feeder + 1, 0, 5, (option, neuron, offset) -> offsets[option] = offset);
        assertThat(end).isEqualTo(1 + RoutingTree.neurons(5));
        assertThat(b.synapseCount()).isEqualTo(3 * 4);
        // {0, 1 | 2, 3, 4}: left turns cost 1 step, right turns 2.
        assertThat(offsets).containsExactly(2, 3, 3, 5, 6);
    }
}
