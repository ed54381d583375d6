package org.spikegraph.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTest {

    @Test
    void sizesStepBySqrtTenAndEndAtTheLimits() {
        assertThat(Sweep.sizes(1_000, 100_000)).containsExactly(1_000, 3_162, 10_000, 31_623, 100_000);
        assertThat(Sweep.sizes(1_000, 50_000)).containsExactly(1_000, 3_162, 10_000, 31_623, 50_000);
        assertThat(Sweep.sizes(2_000, 2_000)).containsExactly(2_000);
        assertThatThrownBy(() -> Sweep.sizes(100, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Rows with synthetic figures growing as n^1, n^1.5 and a constant give those exponents back. */
    @Test
    void fitsRecoverTheGrowthOfEachMethodAndQuantity() {
        List<Row> rows = new ArrayList<>();
        for (int n : Sweep.sizes(1_000, 1_000_000)) {
            rows.add(row("primitive", n, 2e-5 * n, null, 1e-6 * n));
            rows.add(row("spiking", n, 1e-6 * Math.pow(n, 1.5), 1.0 * n, 3e-7 * Math.pow(n, 1.5)));
            rows.add(row("flat", n, 4.0, null, null));
        }
        List<Comparison.Fit> fits = Sweep.fits(rows);
        assertThat(fit(fits, "primitive", "timeMs").exponent()).isCloseTo(1, within(1e-9));
        assertThat(fit(fits, "primitive", "joules").exponent()).isCloseTo(1, within(1e-9));
        assertThat(fit(fits, "spiking", "timeMs").exponent()).isCloseTo(1.5, within(1e-9));
        assertThat(fit(fits, "spiking", "spikes").exponent()).isCloseTo(1, within(1e-9));
        assertThat(fit(fits, "flat", "timeMs").exponent()).isCloseTo(0, within(1e-9));
        assertThat(fits).noneMatch(f -> f.method().equals("primitive") && f.quantity().equals("spikes"));
        assertThat(fits).allSatisfy(f -> assertThat(f.points()).isEqualTo(7));
    }

    private static Comparison.Fit fit(List<Comparison.Fit> fits, String method, String quantity) {
        return fits.stream().filter(f -> f.method().equals(method) && f.quantity().equals(quantity)).findFirst().orElseThrow();
    }

    private static Row row(String method, int n, double ms, Double spikes, Double joules) {
        return new Row(Sweep.graphName(n), n, 3L * n, "sssp", method, Row.MEASURED, "test", 1, 1, 0, ms, ms, ms, ms, ms,
                spikes, spikes, null, joules, null, null, java.util.List.of());
    }
}
