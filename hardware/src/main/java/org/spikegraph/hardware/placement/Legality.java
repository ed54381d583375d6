package org.spikegraph.hardware.placement;

import org.spikegraph.hardware.legalize.ChipLimits;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.substrate.network.Network;

/**
 * Checks that a network already meets a chip's per-neuron limits ({@link ChipLimits}): delays,
 * fan-in, fan-out, weight and potential widths, and on chips where a neuron reaches one core through
 * one axon (TrueNorth) one delay per source neuron. Placement and the cost model call it first: they
 * never transform a network, legalization does ({@code org.spikegraph.hardware.legalize}).
 */
public final class Legality {

    private Legality() {}

    /**
     * Throws when {@code network} breaks a limit of {@code profile}.
     *
     * @throws IllegalArgumentException naming the first neuron or synapse over a limit, the limit and
     *                                  the profile, and saying to legalize the network first
     */
    public static void require(Network network, HardwareProfile profile) {
        ChipLimits l = profile.limits();
        String fix = ": legalize it first (org.spikegraph.hardware.legalize) for profile " + profile.name();
        for (int k = 0; k < network.types().size(); k++) {
            int bits = network.types().get(k).potentialBits();
            if (bits > l.potentialBits()) {
                throw new IllegalArgumentException("neuron type " + k + " declares " + bits + "-bit potentials, the chip allows "
                        + l.potentialBits() + fix);
            }
        }
        long wMin = -(1L << (l.weightBits() - 1));
        long wMax = (1L << (l.weightBits() - 1)) - 1;
        int n = network.neuronCount();
        int[] rowStart = network.rowStartArray();
        int[] target = network.targets();
        int[] delay = network.delays();
        int[] indeg = new int[n];
        boolean oneDelayPerNeuron = profile.core().oneTargetCore();
        for (int s = 0; s < n; s++) {
            int deg = rowStart[s + 1] - rowStart[s];
            if (deg > l.maxFanOut()) {
                throw new IllegalArgumentException("neuron " + s + " has fan-out " + deg + ", the chip allows " + l.maxFanOut() + fix);
            }
            for (int j = rowStart[s]; j < rowStart[s + 1]; j++) {
                if (delay[j] > l.maxDelay()) {
                    throw new IllegalArgumentException("synapse " + s + " -> " + target[j] + " has delay " + delay[j]
                            + ", the chip allows at most " + l.maxDelay() + fix);
                }
                if (oneDelayPerNeuron && delay[j] != delay[rowStart[s]]) {
                    throw new IllegalArgumentException("neuron " + s + " has synapses with delays " + delay[rowStart[s]] + " and "
                            + delay[j] + ", the chip gives each neuron one axon and one delay" + fix);
                }
                int w = network.weight(j);
                if (w < wMin || w > wMax) {
                    throw new IllegalArgumentException("synapse " + s + " -> " + target[j] + " has weight " + w + ", the chip's "
                            + l.weightBits() + "-bit weights lie in [" + wMin + ", " + wMax + "]" + fix);
                }
                indeg[target[j]]++;
            }
        }
        for (int t = 0; t < n; t++) {
            if (indeg[t] > l.maxFanIn()) {
                throw new IllegalArgumentException("neuron " + t + " has fan-in " + indeg[t] + ", the chip allows " + l.maxFanIn() + fix);
            }
        }
    }
}
