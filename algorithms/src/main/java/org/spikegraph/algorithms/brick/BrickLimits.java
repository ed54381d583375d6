package org.spikegraph.algorithms.brick;

/**
 * A chip's limits as far as bricks can be checked against them when composed (the hardware module's
 * profiles give these figures; {@link Integer#MAX_VALUE} is no limit). Fan-in above the limit is
 * legal for OR-type bricks only (relay trees split it); wider weights or potentials and random draws
 * the chip lacks are never legal.
 *
 * @param chip          the chip's name, for messages
 * @param maxFanIn      the most synapses into one neuron
 * @param weightBits    signed weight width
 * @param potentialBits potential width
 * @param stochastic    whether the chip has stochastic neurons
 */
public record BrickLimits(String chip, int maxFanIn, int weightBits, int potentialBits, boolean stochastic) {

    /** No limits: the exact simulator. */
    public static final BrickLimits NONE = new BrickLimits("simulator", Integer.MAX_VALUE, 32, 32, true);
}
