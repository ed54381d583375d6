package org.spikegraph.substrate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Disabled;

/**
 * A seeded test that fails on purpose, for {@link SeedHarnessTest} to check what a failing seed
 * reports. Disabled (and not named like a test class): only that test runs it, through the launcher.
 */
@Disabled("fails on purpose; run by SeedHarnessTest#aFailingSeedReportsItsRerunCommand")
class PlantedSeedFailure {

    @Seeded(3)
    void failsOnOddSeeds(long seed) {
        assertThat(seed & 1).as("planted failure").isZero();
    }

    /** Skips every seed by an assumption: a skip, not a failure. */
    @Seeded(2)
    void skipsEverySeed(long seed) {
        org.junit.jupiter.api.Assumptions.assumeTrue(false, "planted skip");
    }
}
