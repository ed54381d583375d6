package org.spikegraph.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

class PowerLawTest {

    private static final double[] SIZES = {1_000, 3_162, 10_000, 31_623, 100_000, 316_228, 1_000_000};

    /** Synthetic timings that follow c n^e exactly give back e and c, with r² = 1. */
    /** A double in [lo, hi]: an end of the range now and then, else uniform. */
    static double between(Dice dice, double lo, double hi) {
        return dice.chance(0.1) ? dice.pick(lo, hi) : lo + (hi - lo) * dice.unit();
    }

    @Seeded(200)
    void exactPowerLawsAreRecovered(long seed) {
        Dice dice = new Dice(seed);
        double exponent = between(dice, 0.2, 3);
        double log10Coefficient = between(dice, -6, 3);
        double coefficient = Math.pow(10, log10Coefficient);
        double[] y = new double[SIZES.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = coefficient * Math.pow(SIZES[i], exponent);
        }
        PowerLaw p = PowerLaw.fit(SIZES, y);
        assertThat(p.exponent()).isCloseTo(exponent, within(1e-9));
        assertThat(p.coefficient()).isCloseTo(coefficient, within(1e-6 * coefficient));
        assertThat(p.r2()).isCloseTo(1, within(1e-9));
        assertThat(p.points()).isEqualTo(SIZES.length);
        assertThat(p.at(50_000)).isCloseTo(coefficient * Math.pow(50_000, exponent), within(1e-6 * p.at(50_000)));
    }

    /**
     * Timings with up to +-20% multiplicative noise over three decades: ln(1.2) / ln(1000) bounds how
     * far the fitted exponent can move (the noise term's slope over the span), and r² stays high.
     */
    @Seeded(200)
    void noisyTimingsGiveTheExponentWithinTheNoiseBound(long seed) {
        Dice dice = new Dice(seed);
        double exponent = between(dice, 0.5, 2.5);
        Random random = new Random(dice.between(0, 1 << 20));
        double[] y = new double[SIZES.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 3e-5 * Math.pow(SIZES[i], exponent) * (0.8 + 0.4 * random.nextDouble());
        }
        PowerLaw p = PowerLaw.fit(SIZES, y);
        double bound = 2 * Math.log(1.2 / 0.8) / Math.log(SIZES[SIZES.length - 1] / SIZES[0]);
        assertThat(p.exponent()).isCloseTo(exponent, within(bound));
        assertThat(p.r2()).isGreaterThan(0.9);
    }

    @Test
    void linearAndQuadraticTimingsAreToldApart() {
        double[] linear = {1, 10, 100, 1000};
        double[] quadratic = {1, 100, 10_000, 1_000_000};
        double[] x = {1e3, 1e4, 1e5, 1e6};
        assertThat(PowerLaw.fit(x, linear).exponent()).isCloseTo(1, within(1e-12));
        assertThat(PowerLaw.fit(x, quadratic).exponent()).isCloseTo(2, within(1e-12));
    }

    @Test
    void pointsWithoutALogarithmOrWithoutTwoSizesAreRefused() {
        assertThatThrownBy(() -> PowerLaw.fit(new double[] {1, 2}, new double[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("point 1");
        assertThatThrownBy(() -> PowerLaw.fit(new double[] {5, 5}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two distinct sizes");
        assertThatThrownBy(() -> PowerLaw.fit(new double[] {5}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two distinct sizes");
        assertThatThrownBy(() -> PowerLaw.fit(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
