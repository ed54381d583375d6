package org.spikegraph.hardware.legalize;

/**
 * What a chip allows a single neuron and synapse, as legalization needs it. A chip without a limit
 * uses {@link #NONE}. Per-core limits (neurons, synaptic memory, axons per core) belong to
 * placement, not here.
 *
 * @param maxDelay      the largest synaptic delay in steps (&ge; 1)
 * @param maxFanIn      the most synapses into one neuron
 * @param maxFanOut     the most synapses out of one neuron
 * @param weightBits    signed bits of a synaptic weight (a weight must lie in
 *                      [-2^(bits-1), 2^(bits-1) - 1]); 32 for none
 * @param potentialBits bits of a neuron's potential; a neuron type declaring more is rejected; 32 for none
 * @param oneAxon       true when each neuron has one axon (TrueNorth): all its synapses must share one
 *                      delay, and all its targets one core; {@link Legalizer} arranges that with private
 *                      splitter relays ({@link PassReport.Pass#ONE_AXON})
 */
public record ChipLimits(int maxDelay, int maxFanIn, int maxFanOut, int weightBits, int potentialBits, boolean oneAxon) {

    /** No limit. */
    public static final int NONE = Integer.MAX_VALUE;

    /** Checks the values. */
    public ChipLimits {
        if (maxDelay < 1 || maxFanIn < 2 || maxFanOut < 2) {
            throw new IllegalArgumentException("a chip needs maxDelay >= 1 and fan-in and fan-out limits >= 2, got "
                    + maxDelay + ", " + maxFanIn + ", " + maxFanOut);
        }
        if (weightBits < 2 || weightBits > 32 || potentialBits < 2 || potentialBits > 32) {
            throw new IllegalArgumentException("weight and potential bits must be in 2..32, got " + weightBits + ", " + potentialBits);
        }
    }

    /** A chip that allows everything the substrate allows. */
    public static ChipLimits unlimited() {
        return new ChipLimits(NONE, NONE, NONE, 32, 32, false);
    }
}
