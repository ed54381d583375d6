package org.spikegraph.hardware.cost;

import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;

/** Small networks for hand-computed projections. */
final class Nets {
    private Nets() {}

    /** 0 -> 1 -> 2, weight 1, delay 1, integrate-and-fire threshold 1, 16-bit potentials (legal on every chip). */
    static Network chain3() {
        NetworkBuilder b = Network.builder();
        int first = b.neurons(NeuronType.builder().threshold(1).potentialBits(16).build(), 3);
        b.synapse(first, first + 1, 1, 1);
        b.synapse(first + 1, first + 2, 1, 1);
        return b.build();
    }
}
