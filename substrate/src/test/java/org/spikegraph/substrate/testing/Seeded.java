package org.spikegraph.substrate.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A randomized test: the method takes one {@code long seed} and runs once per seed, {@link #value()}
 * seeds in all. The seeds are fixed for a given test (derived from its class and method names), so a
 * run is repeatable and CI never flakes on a new draw; {@code -Dspikegraph.seedBase=B} shifts them all
 * for a fresh exploration, {@code -Dspikegraph.cases=N} changes the count, and {@code
 * -Dspikegraph.seed=S} runs the one seed S. A failing seed is reported with the one-line command that
 * re-runs just that seed ({@link SeedReport}).
 *
 * <pre>{@code
 * @Seeded(1000)
 * void eventEngineEqualsReference(long seed) {
 *     NetSpec spec = RandomNetworks.networks(new Dice(seed));
 *     ...
 * }
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "seed {0}")
@ArgumentsSource(Seeds.class)
@ExtendWith(SeedReport.class)
public @interface Seeded {

    /** @return how many seeds (cases) a run tries */
    int value();
}
