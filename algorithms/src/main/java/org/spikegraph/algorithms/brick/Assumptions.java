package org.spikegraph.algorithms.brick;

/**
 * What a brick guarantees about its neurons, so that a legalizer may rely on it and a composer can
 * check a composition against a chip before any projection. The composer verifies every declaration
 * on the built network (a brick that breaks its own declaration is a bug, reported when composed).
 *
 * @param orType        every neuron has &theta; = 1 and receives only excitatory synapses from its
 *                      inputs, apart from inhibition: one incoming spike is enough, so fan-in may be
 *                      split into relay trees
 * @param maxFanIn      the most synapses into one of its neurons (its own and connected ones)
 * @param weightBits    signed width that holds every weight into its neurons
 * @param potentialBits signed width that holds every potential its neurons reach and their thresholds
 *                      (bounded by the summed |weight| into a neuron)
 * @param spikesOnce    every neuron spikes at most once per run (fire-once latches)
 * @param stochastic    whether some neuron fires by a random draw
 */
public record Assumptions(boolean orType, int maxFanIn, int weightBits, int potentialBits, boolean spikesOnce,
                          boolean stochastic) {

    /** Checks the widths and the fan-in. */
    public Assumptions {
        if (maxFanIn < 0) {
            throw new IllegalArgumentException("maxFanIn must be >= 0, got " + maxFanIn);
        }
        if (weightBits < 1 || weightBits > 32 || potentialBits < 2 || potentialBits > 32) {
            throw new IllegalArgumentException("weightBits must be in 1..32 and potentialBits in 2..32, got "
                    + weightBits + " and " + potentialBits);
        }
    }

    /** Fire-once OR gates (&theta; = 1) with weights in {-1, 0, 1}: the wavefront's and the witnesses' neurons. */
    public static Assumptions orLatches(int maxFanIn) {
        return new Assumptions(true, maxFanIn, 2, potentialBitsFor(maxFanIn, 2, 1), true, false);
    }

    /**
     * The potential width that neurons of threshold {@code threshold} need when they receive at most
     * {@code maxFanIn} synapses of weights of {@code weightBits} bits (no bias): the width of
     * {@code maxFanIn * 2^(weightBits - 1)} and of the threshold, at least 2.
     */
    public static int potentialBitsFor(int maxFanIn, int weightBits, int threshold) {
        long maxAbs = (long) maxFanIn << (weightBits - 1);
        return Math.min(32, Math.max(2, Math.max(bitsFor(maxAbs), bitsFor(threshold))));
    }

    /** The signed width that holds {@code weight}: 2 for &plusmn;1, 3 for &plusmn;2..3, ... (1 for 0). */
    public static int bitsFor(long weight) {
        if (weight == 0) {
            return 1;
        }
        long magnitude = weight < 0 ? -weight - 1 : weight;
        return 65 - Long.numberOfLeadingZeros(magnitude);
    }
}
