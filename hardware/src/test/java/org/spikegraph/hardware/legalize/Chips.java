package org.spikegraph.hardware.legalize;

/**
 * Limit sets modelled on DESIGN.md's hardware table (TrueNorth with and without its one-axon rule), plus a
 * tiny stress set that forces every pass.
 */
enum Chips {
    LOIHI(new ChipLimits(62, 4096, 4096, 9, 24, false)),
    TRUENORTH(new ChipLimits(15, 256, 256, 9, 20, false)),
    /** TrueNorth with its one-axon rule, as {@code Profiles.byName("truenorth").limits()} gives it. */
    TRUENORTH_ONE_AXON(new ChipLimits(15, 256, 256, 9, 20, true)),
    SPINNAKER(new ChipLimits(16, ChipLimits.NONE, ChipLimits.NONE, 16, 32, false)),
    STRESS(new ChipLimits(3, 3, 3, 9, 16, false));

    final ChipLimits limits;

    Chips(ChipLimits limits) {
        this.limits = limits;
    }
}
