package org.spikegraph.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

class SamplesTest {

    @Test
    void oddCountMedianIsTheMiddleValueAndQuartilesTheMiddlesOfEachHalf() {
        Samples s = Samples.of(9, 1, 8, 2, 7, 3, 6, 4, 5); // 1..9 shuffled
        assertThat(s.count()).isEqualTo(9);
        assertThat(s.median()).isEqualTo(5);
        assertThat(s.q1()).isEqualTo(3);
        assertThat(s.q3()).isEqualTo(7);
        assertThat(s.iqr()).isEqualTo(4);
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(9);
    }

    @Test
    void evenCountMedianIsTheMeanOfTheTwoMiddleValuesAndQuartilesInterpolate() {
        // type 7: h = 3p; q1 at h = 0.75 -> 1 + 0.75, q3 at h = 2.25 -> 3 + 0.25
        Samples s = Samples.of(4, 2, 1, 3);
        assertThat(s.median()).isEqualTo(2.5);
        assertThat(s.q1()).isEqualTo(1.75);
        assertThat(s.q3()).isEqualTo(3.25);
    }

    @Test
    void oneValueIsEveryStatistic() {
        assertThat(Samples.of(42L)).isEqualTo(new Samples(1, 42, 42, 42, 42, 42));
    }

    @Test
    void scalingScalesEveryStatistic() {
        Samples ns = Samples.of(1_000_000L, 3_000_000L, 2_000_000L);
        Samples ms = ns.scaled(1e-6);
        assertThat(ms.median()).isCloseTo(2, within(1e-12));
        assertThat(ms.min()).isCloseTo(1, within(1e-12));
        assertThat(ms.max()).isCloseTo(3, within(1e-12));
        assertThat(ms.count()).isEqualTo(3);
    }

    @Test
    void noValuesOrNaNAreRefused() {
        assertThatThrownBy(() -> Samples.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Samples.of(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Any double, as a property-based generator gives them: edge values (zeros, extremes, infinities, NaN),
     * repeats of earlier values (ties), small integers, and raw bit patterns (every magnitude and sign).
     */
    static double anyDouble(Dice dice, double[] earlier, int drawn) {
        return switch (dice.weighted(2, drawn > 0 ? 2 : 0, 2, 4)) {
            case 0 -> dice.pick(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
                    Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1.0, -1.0);
            case 1 -> earlier[dice.between(0, drawn - 1)];
            case 2 -> dice.between(-100, 100);
            default -> Double.longBitsToDouble(dice.anyLong());
        };
    }

    /** The median splits the values in halves; quartiles and extremes are ordered; the input is untouched. */
    @Seeded(300)
    void medianSplitsTheValuesAndTheStatisticsAreOrdered(long seed) {
        Dice dice = new Dice(seed);
        double[] raw = new double[dice.between(1, 60)];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = anyDouble(dice, raw, i);
        }
        double shift = dice.chance(0.1) ? dice.pick(-1e6, 0.0, 1e6) : -1e6 + 2e6 * dice.unit();
        double[] values = Arrays.stream(raw).map(v -> Double.isFinite(v) ? (v % 1e9) + shift : shift).toArray();
        double[] copy = values.clone();
        Samples s = Samples.of(values);
        assertThat(values).containsExactly(copy);
        long below = Arrays.stream(values).filter(v -> v < s.median()).count();
        long above = Arrays.stream(values).filter(v -> v > s.median()).count();
        assertThat(2 * below).isLessThanOrEqualTo(values.length);
        assertThat(2 * above).isLessThanOrEqualTo(values.length);
        assertThat(s.min()).isEqualTo(Arrays.stream(values).min().orElseThrow());
        assertThat(s.max()).isEqualTo(Arrays.stream(values).max().orElseThrow());
        assertThat(s.min()).isLessThanOrEqualTo(s.q1());
        assertThat(s.q1()).isLessThanOrEqualTo(s.median());
        assertThat(s.median()).isLessThanOrEqualTo(s.q3());
        assertThat(s.q3()).isLessThanOrEqualTo(s.max());
    }
}
