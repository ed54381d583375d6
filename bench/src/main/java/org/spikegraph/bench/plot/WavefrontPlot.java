package org.spikegraph.bench.plot;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.spikegraph.algorithms.io.Coordinates;

/**
 * Draws a spike wavefront on a map with XChart: every vertex at its coordinates, coloured by the
 * step its neuron first spiked (for shortest paths: its distance from the source), in equal-width
 * bins of a dark-blue-to-yellow scale; vertices never reached in grey, the source as a red cross.
 * An SVG draws every k-th vertex above {@link RasterPlot#SVG_MAX_POINTS} (the title says so).
 */
public final class WavefrontPlot {

    /** Colour bins of the first-spike time. */
    public static final int BINS = 12;

    /** Anchors of the colour scale (close to matplotlib's viridis), interpolated linearly. */
    private static final Color[] SCALE = {new Color(68, 1, 84), new Color(59, 82, 139), new Color(33, 145, 140),
            new Color(94, 201, 98), new Color(253, 231, 37)};

    private WavefrontPlot() {}

    /**
     * Writes the picture to {@code file} (.png or .svg), whole or not at all.
     *
     * @param coordinates vertex coordinates (x east, y north)
     * @param firstSpike  the first-spike step of each vertex, negative when it never spiked
     * @param source      the source vertex (index), or -1
     * @throws IllegalArgumentException for another extension or arrays of different lengths
     */
    public static void write(Coordinates coordinates, long[] firstSpike, int source, Path file, String title)
            throws IOException {
        RasterPlot.Format format = RasterPlot.Format.of(file);
        int stride = RasterPlot.stride(format, firstSpike.length);
        RasterPlot.write(chart(coordinates, firstSpike, source, title + RasterPlot.thinned(stride, "vertex"), stride), file,
                format);
    }

    /**
     * The chart: one scatter series per colour bin, then the unreached vertices, then a red cross on
     * the source. Only every {@code stride}-th vertex is drawn (the bins span all of them).
     */
    static XYChart chart(Coordinates coordinates, long[] firstSpike, int source, String title, int stride) {
        int n = firstSpike.length;
        if (coordinates.size() != n) {
            throw new IllegalArgumentException("coordinates for " + coordinates.size() + " vertices, first spikes for " + n);
        }
        long max = 0;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        int[] count = new int[BINS + 1]; // the last bin: never spiked
        for (int v = 0; v < n; v++) {
            max = Math.max(max, firstSpike[v]);
            minX = Math.min(minX, coordinates.x(v));
            maxX = Math.max(maxX, coordinates.x(v));
            minY = Math.min(minY, coordinates.y(v));
            maxY = Math.max(maxY, coordinates.y(v));
        }
        for (int v = 0; v < n; v += stride) {
            count[bin(firstSpike[v], max)]++;
        }
        double[][] xs = new double[BINS + 1][];
        double[][] ys = new double[BINS + 1][];
        for (int b = 0; b <= BINS; b++) {
            xs[b] = new double[count[b]];
            ys[b] = new double[count[b]];
        }
        int[] fill = new int[BINS + 1];
        for (int v = 0; v < n; v += stride) {
            int b = bin(firstSpike[v], max);
            xs[b][fill[b]] = coordinates.x(v);
            ys[b][fill[b]++] = coordinates.y(v);
        }
        double aspect = n == 0 || maxX == minX ? 1 : (maxY - minY) / (maxX - minX);
        int width = 1100;
        int height = (int) Math.max(500, Math.min(1400, 120 + (width - 260) * aspect));
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle("x").yAxisTitle("y").build();
        XYStyler s = chart.getStyler();
        s.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setMarkerSize(n > 50_000 ? 2 : n > 5_000 ? 3 : 5);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotGridLinesVisible(false);
        for (int b = 0; b <= BINS; b++) {
            if (count[b] == 0) {
                continue;
            }
            String name = b == BINS ? "never spiked" : String.format(Locale.ROOT, "step %,d..%,d", lo(b, max), hi(b, max));
            XYSeries series = chart.addSeries(name, xs[b], ys[b]);
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setMarkerColor(b == BINS ? new Color(190, 190, 190) : colour(b / (double) Math.max(1, BINS - 1)));
        }
        if (source >= 0 && source < n) {
            double sx = coordinates.x(source);
            double sy = coordinates.y(source);
            double r = 0.02 * Math.max(maxX - minX, maxY - minY);
            XYSeries across = chart.addSeries("source", new double[] {sx - r, sx + r}, new double[] {sy, sy});
            XYSeries down = chart.addSeries("source ", new double[] {sx, sx}, new double[] {sy - r, sy + r});
            for (XYSeries line : new XYSeries[] {across, down}) {
                line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                line.setMarker(SeriesMarkers.NONE);
                line.setLineColor(Color.RED);
                line.setLineWidth(3);
                line.setLineStyle(SeriesLines.SOLID);
            }
            down.setShowInLegend(false);
        }
        if (chart.getSeriesMap().isEmpty()) {
            chart.addSeries("no vertices", new double[] {0}, new double[] {0}).setMarkerColor(new Color(0, 0, 0, 0));
        }
        return chart;
    }

    /** The bin of a first-spike step: equal widths over 0..max; {@link #BINS} for never. */
    static int bin(long firstSpike, long max) {
        if (firstSpike < 0) {
            return BINS;
        }
        return max == 0 ? 0 : (int) Math.min(BINS - 1, firstSpike * BINS / (max + 1));
    }

    private static long lo(int b, long max) {
        return ceilDiv((long) b * (max + 1), BINS);
    }

    private static long hi(int b, long max) {
        return ceilDiv((long) (b + 1) * (max + 1), BINS) - 1;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** The colour at t in [0, 1] along the scale. */
    static Color colour(double t) {
        double u = Math.max(0, Math.min(1, t)) * (SCALE.length - 1);
        int i = (int) Math.min(SCALE.length - 2, Math.floor(u));
        double f = u - i;
        Color a = SCALE[i];
        Color c = SCALE[i + 1];
        return new Color((int) Math.round(a.getRed() + f * (c.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (c.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (c.getBlue() - a.getBlue())));
    }
}
