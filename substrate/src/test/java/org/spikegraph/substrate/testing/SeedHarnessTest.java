package org.spikegraph.substrate.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** The seed harness itself: seeds are repeatable and distinct, and a failing seed names its re-run command. */
class SeedHarnessTest {

    private static final Set<Long> seen = new HashSet<>();

    @Test
    void derivedSeedsAreRepeatableAndDistinct() {
        long[] a = Seeds.derive("A#m", 1000).toArray();
        assertThat(Seeds.derive("A#m", 1000).toArray()).isEqualTo(a);
        assertThat(new HashSet<>(java.util.Arrays.stream(a).boxed().toList())).hasSize(1000);
        assertThat(Seeds.derive("A#n", 1).toArray()[0]).isNotEqualTo(a[0]);
    }

    @Seeded(7)
    void runsOncePerSeed(long seed) {
        seen.add(seed);
        assertThat(seen.size()).isBetween(1, 7);
    }

    @Test
    void rerunCommandNamesModuleTestAndSeed() throws Exception {
        String command = SeedReport.rerun(SeedHarnessTest.class.getDeclaredMethod("runsOncePerSeed", long.class), 42);
        assertThat(command).isEqualTo("mvn -B -pl substrate -am test -Dtest=SeedHarnessTest#runsOncePerSeed"
                + " -Dspikegraph.seed=42 -Dsurefire.failIfNoSpecifiedTests=false");
    }

    @Test
    void diceRangesAreInclusiveAndWeightedChoiceRespectsZeroWeights() {
        Dice dice = new Dice(1);
        boolean lo = false;
        boolean hi = false;
        for (int i = 0; i < 1000; i++) {
            int x = dice.between(3, 5);
            assertThat(x).isBetween(3, 5);
            lo |= x == 3;
            hi |= x == 5;
            assertThat(dice.weighted(0, 1, 0)).isEqualTo(1);
        }
        assertThat(lo && hi).isTrue();
        assertThatThrownBy(() -> dice.between(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Runs {@link PlantedSeedFailure} through the JUnit launcher, as surefire does, and checks that
     * every failing seed's failure (what surefire prints) names the seed and the command that re-runs it.
     */
    @Test
    void aFailingSeedReportsItsRerunCommand() throws Exception {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(PlantedSeedFailure.class))
                .filters(EngineFilter.includeEngines("junit-jupiter"))
                .configurationParameter("junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();

        long[] seeds = Seeds.derive(PlantedSeedFailure.class.getName() + "#failsOnOddSeeds", 3).toArray();
        long odd = java.util.Arrays.stream(seeds).filter(s -> (s & 1) != 0).count();
        assertThat(odd).as("the planted test has a failing seed").isPositive();
        assertThat(summary.getTestsStartedCount()).isEqualTo(5);
        assertThat(summary.getTestsAbortedCount()).as("assumptions skip, they do not fail").isEqualTo(2);
        assertThat(summary.getTestsFailedCount()).isEqualTo(odd);
        List<Throwable> failures = summary.getFailures().stream().map(TestExecutionSummary.Failure::getException).toList();
        for (Throwable failure : failures) {
            long seed = java.util.Arrays.stream(seeds).filter(s -> failure.getMessage().startsWith("seed " + s + " failed"))
                    .findFirst().orElseThrow(() -> new AssertionError("no seed in: " + failure.getMessage()));
            assertThat(seed & 1).isOne();
            assertThat(failure).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("planted failure")
                    .hasMessageContaining("re-run just this seed: " + SeedReport.rerun(
                            PlantedSeedFailure.class.getDeclaredMethod("failsOnOddSeeds", long.class), seed))
                    .hasMessageContaining("-Dtest=PlantedSeedFailure#failsOnOddSeeds -Dspikegraph.seed=" + seed + " ")
                    .hasCauseInstanceOf(AssertionError.class);
        }
    }
}
