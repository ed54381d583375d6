package org.spikegraph.bench.plot;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.spikegraph.algorithms.io.AtomicFiles;
import org.spikegraph.substrate.run.SpikeRaster;

/**
 * Draws a spike raster (step on x, neuron on y, one dot per spike) as PNG or SVG with XChart. An SVG
 * holds one element per dot, so above {@link #SVG_MAX_POINTS} dots it shows every k-th spike and its
 * title says so; a PNG shows them all.
 */
public final class RasterPlot {

    /** The most dots an SVG picture draws. */
    public static final int SVG_MAX_POINTS = 25_000;

    private RasterPlot() {}

    /**
     * Writes the raster to {@code file}; the format comes from its extension (.png or .svg). The
     * file appears whole or not at all.
     *
     * @throws IllegalArgumentException for another extension
     */
    public static void write(SpikeRaster raster, Path file, String title) throws IOException {
        Format format = Format.of(file);
        int stride = stride(format, raster.size());
        int n = (raster.size() + stride - 1) / stride;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = raster.step(k * stride);
            y[k] = raster.neuron(k * stride);
        }
        XYChart chart = new XYChartBuilder().width(1200).height(700).title(title + thinned(stride, "spike"))
                .xAxisTitle("step").yAxisTitle("neuron").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(n > 20_000 ? 1 : 3);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        XYSeries series = chart.addSeries("spikes", n == 0 ? new double[] {0} : x, n == 0 ? new double[] {0} : y);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setMarkerColor(n == 0 ? new Color(0, 0, 0, 0) : new Color(20, 60, 160));
        write(chart, file, format);
    }

    /** Writes any XChart chart as PNG or SVG, whole or not at all. */
    public static void write(XYChart chart, Path file, Format format) throws IOException {
        AtomicFiles.write(file, out -> {
            if (format == Format.PNG) {
                BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            } else {
                VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            }
        });
    }

    /** 1 for a PNG; for an SVG, the step k that keeps at most {@link #SVG_MAX_POINTS} of {@code points}. */
    public static int stride(Format format, int points) {
        return format == Format.PNG ? 1 : Math.max(1, (points + SVG_MAX_POINTS - 1) / SVG_MAX_POINTS);
    }

    /** The title's note for a thinned picture, e.g. " (1 spike in 10 shown)", or "". */
    public static String thinned(int stride, String what) {
        return stride == 1 ? "" : " (1 " + what + " in " + stride + " shown)";
    }

    /** Picture formats. */
    public enum Format {
        PNG, SVG;

        /** The format named by a file's extension. */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".png")) {
                return PNG;
            }
            if (name.endsWith(".svg")) {
                return SVG;
            }
            throw new IllegalArgumentException("cannot draw " + file.getFileName() + ": name a .png or .svg file");
        }
    }
}
