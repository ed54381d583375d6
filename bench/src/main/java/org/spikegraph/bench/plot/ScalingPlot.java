package org.spikegraph.bench.plot;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws scaling curves with XChart on log-log axes: one line with markers per method, a figure
 * (time, spikes, energy...) against the graph's size, the fitted growth exponent in the legend.
 */
public final class ScalingPlot {

    private ScalingPlot() {}

    /**
     * One method's curve.
     *
     * @param name  the legend entry, e.g. "primitive  ~ n^1.05"
     * @param sizes x values (vertices), positive
     * @param values y values, positive (points that are not are left out: no logarithm)
     */
    public record Curve(String name, double[] sizes, double[] values) {}

    /** Writes the chart to {@code file} (.png or .svg), whole or not at all. */
    public static void write(List<Curve> curves, String title, String yTitle, Path file) throws IOException {
        RasterPlot.Format format = RasterPlot.Format.of(file);
        RasterPlot.write(chart(curves, title, yTitle), file, format);
    }

    static XYChart chart(List<Curve> curves, String title, String yTitle) {
        XYChart chart = new XYChartBuilder().width(1150).height(650).title(title).xAxisTitle("vertices")
                .yAxisTitle(yTitle).build();
        XYStyler s = chart.getStyler();
        s.setXAxisLogarithmic(true);
        s.setYAxisLogarithmic(true);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setChartBackgroundColor(Color.WHITE);
        s.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarkerSize(7);
        int shown = 0;
        for (Curve c : curves) {
            int k = 0;
            for (int i = 0; i < c.sizes().length; i++) {
                k += c.sizes()[i] > 0 && c.values()[i] > 0 ? 1 : 0;
            }
            if (k == 0) {
                continue;
            }
            double[] x = new double[k];
            double[] y = new double[k];
            k = 0;
            for (int i = 0; i < c.sizes().length; i++) {
                if (c.sizes()[i] > 0 && c.values()[i] > 0) {
                    x[k] = c.sizes()[i];
                    y[k++] = c.values()[i];
                }
            }
            chart.addSeries(c.name(), x, y).setMarker(SeriesMarkers.CIRCLE);
            shown++;
        }
        if (shown == 0) {
            chart.addSeries("no positive values", new double[] {1}, new double[] {1}).setMarkerColor(new Color(0, 0, 0, 0));
        }
        return chart;
    }
}
