package org.spikegraph.algorithms.brick;

import org.spikegraph.substrate.neuron.NeuronType;

/**
 * One port of fire-once neurons with one threshold: OR gates (&theta; = 1; the path witnesses,
 * independent-set candidates) or coincidence gates (&theta; &gt; 1: spike once &theta; inputs arrived).
 *
 * @param port       the port's name
 * @param size       how many neurons
 * @param threshold  &theta; of every neuron, &ge; 1
 * @param direction  how other bricks may connect to the port
 * @param maxFanIn   the most synapses any of its neurons will receive (declared)
 * @param weightBits the widest weight any of its neurons will receive (declared)
 * @param typedPotentials whether the neuron type declares the potential width of {@link #assumptions()}
 *                   (so that a chip of that width holds latches that inhibition makes no OR gates, which a
 *                   legalizer cannot narrow); else 32 bits
 */
public record Latches(String port, int size, int threshold, Port.Direction direction, int maxFanIn, int weightBits,
                      boolean typedPotentials) implements Brick {

    /** Latches of 32-bit type (narrowed by a legalizer where provably exact). */
    public Latches(String port, int size, int threshold, Port.Direction direction, int maxFanIn, int weightBits) {
        this(port, size, threshold, direction, maxFanIn, weightBits, false);
    }

    @Override
    public String kind() {
        return threshold == 1 ? "or-latches" : "coincidence-latches";
    }

    @Override
    public Assumptions assumptions() {
        return new Assumptions(threshold == 1, maxFanIn, weightBits,
                Assumptions.potentialBitsFor(maxFanIn, weightBits, threshold), true, false);
    }

    @Override
    public void build(BrickScope scope) {
        NeuronType latch = NeuronType.latch(threshold);
        if (typedPotentials) {
            latch = latch.toBuilder().potentialBits(assumptions().potentialBits()).build();
        }
        scope.port(port, direction, latch, size);
    }
}
