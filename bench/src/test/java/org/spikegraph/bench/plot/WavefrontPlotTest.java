package org.spikegraph.bench.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.spikegraph.algorithms.generate.Generators;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

class WavefrontPlotTest {

    @TempDir
    Path dir;

    /** Later first spikes never fall in an earlier bin; 0 is in the first bin, the latest in the last. */
    @Seeded(300)
    void binsGrowWithTheFirstSpikeTime(long seed) {
        Dice dice = new Dice(seed);
        long max = time(dice);
        long a = time(dice);
        long b = time(dice);
        long t = Math.min(a, max);
        long u = Math.min(b, max);
        if (t <= u) {
            assertThat(WavefrontPlot.bin(t, max)).isLessThanOrEqualTo(WavefrontPlot.bin(u, max));
        }
        assertThat(WavefrontPlot.bin(0, max)).isZero();
        assertThat(WavefrontPlot.bin(t, max)).isBetween(0, WavefrontPlot.BINS - 1);
        if (max >= WavefrontPlot.BINS) {
            assertThat(WavefrontPlot.bin(max, max)).isEqualTo(WavefrontPlot.BINS - 1);
        }
        assertThat(WavefrontPlot.bin(-1, max)).isEqualTo(WavefrontPlot.BINS);
    }

    /**
     * A time in 0..10^9: the ends and the bin count's neighbours now and then, else uniform on a log scale
     * (small times, below the bin count, as often as large ones) or uniform.
     */
    static long time(Dice dice) {
        return switch (dice.weighted(1, 2, 2)) {
            case 0 -> dice.pick(0L, 1L, WavefrontPlot.BINS - 1L, (long) WavefrontPlot.BINS, WavefrontPlot.BINS + 1L,
                    999_999_999L, 1_000_000_000L);
            case 1 -> Math.min(1_000_000_000L, (long) Math.pow(10, 9 * dice.unit()) - 1);
            default -> dice.between(0L, 1_000_000_000L);
        };
    }

    /** The colour scale brightens monotonically from the source outwards (dark blue to yellow). */
    @Test
    void coloursBrightenAlongTheScale() {
        double previous = -1;
        for (int i = 0; i <= 100; i++) {
            double l = luminance(WavefrontPlot.colour(i / 100.0));
            assertThat(l).isGreaterThan(previous);
            previous = l;
        }
    }

    /**
     * On a real wavefront (road-like graph, SSSP from vertex 0), each bin's series holds exactly the
     * vertices whose first spike lies in the range its name states, bins are in time order with
     * brightening colours, and the source's cross sits on the source.
     */
    @Test
    void seriesHoldTheVerticesOfTheirTimeRange() throws IOException {
        Generators.Generated g = Generators.roadLike(3_000, 3, 11);
        Run run = new ShortestPathCompiler(g.graph()).singleSource(0).run(new EventEngine(), 0).run();
        long[] first = java.util.Arrays.copyOf(run.firstSpikes(), g.graph().vertexCount());
        XYChart chart = WavefrontPlot.chart(g.coordinates(), first, 0, "test", 1);
        Map<String, XYSeries> series = chart.getSeriesMap();
        int drawn = 0;
        double previousLuminance = -1;
        long previousHi = -1;
        for (XYSeries s : series.values()) {
            if (!s.getName().startsWith("step ")) {
                continue;
            }
            String[] range = s.getName().substring(5).replace(",", "").split("\\.\\.");
            long lo = Long.parseLong(range[0]);
            long hi = Long.parseLong(range[1]);
            assertThat(lo).isEqualTo(previousHi + 1);
            previousHi = hi;
            double[] xs = s.getXData();
            double[] ys = s.getYData();
            for (int k = 0; k < xs.length; k++) {
                int v = vertexAt(g.coordinates(), xs[k], ys[k]);
                assertThat(first[v]).isBetween(lo, hi);
            }
            drawn += xs.length;
            double l = luminance(s.getMarkerColor());
            assertThat(l).isGreaterThan(previousLuminance);
            previousLuminance = l;
        }
        long never = java.util.Arrays.stream(first).filter(t -> t < 0).count();
        assertThat(drawn + never).isEqualTo(g.graph().vertexCount());
        double[] cross = series.get("source").getXData();
        assertThat((cross[0] + cross[1]) / 2).isCloseTo(g.coordinates().x(0), org.assertj.core.data.Offset.offset(1e-6));
        for (String ext : List.of("png", "svg")) {
            Path f = dir.resolve("w." + ext);
            WavefrontPlot.write(g.coordinates(), first, 0, f, "test");
            assertThat(Files.size(f)).isPositive();
        }
    }

    private static int vertexAt(org.spikegraph.algorithms.io.Coordinates c, double x, double y) {
        for (int v = 0; v < c.size(); v++) {
            if (c.x(v) == x && c.y(v) == y) {
                return v;
            }
        }
        throw new AssertionError("no vertex at " + x + ", " + y);
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
