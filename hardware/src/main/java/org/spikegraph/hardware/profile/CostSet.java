package org.spikegraph.hardware.profile;

/**
 * One consistent set of time and energy figures for a chip, e.g. Loihi's pre-silicon figures
 * (Davies et al. 2018) or SANA-FE's silicon-calibrated ones. A profile with several sets projects a
 * band, low to high.
 *
 * @param name   a short name, e.g. "pre-silicon"
 * @param source where the set as a whole comes from
 * @param timing time per operation
 * @param energy energy per operation
 */
public record CostSet(String name, String source, Timing timing, Energy energy) {
}
