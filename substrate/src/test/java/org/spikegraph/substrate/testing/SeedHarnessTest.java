package org.spikegraph.substrate.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
}
