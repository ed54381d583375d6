/**
 * Legalization: rewriting a spiking network so that it fits a neuromorphic chip's per-neuron and
 * per-synapse limits ({@link org.spikegraph.hardware.legalize.ChipLimits}: largest delay, fan-in,
 * fan-out, weight and potential widths, and TrueNorth's one axon per neuron) while every original
 * neuron spikes at the same steps.
 * {@link org.spikegraph.hardware.legalize.Legalizer#legalize Legalizer.legalize} runs the passes
 * (precision checks and exact rescalings, fan-in relay trees, fan-out relay trees, then relay chains or
 * tapped delay lines for long delays, then private splitter relays for one axon per neuron) and
 * returns a {@link org.spikegraph.hardware.legalize.Legalized} network whose original neurons keep
 * their ids, so a circuit's stimulus, stop condition and decoder apply to it unchanged. Networks that
 * cannot be legalized exactly are rejected with an {@link java.lang.IllegalArgumentException} naming
 * the neuron or synapse and the limit. Per-core limits belong to placement, not here.
 */
package org.spikegraph.hardware.legalize;
