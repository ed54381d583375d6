package org.spikegraph.bench.compare;

import java.util.Arrays;

/**
 * Order statistics of repeated measurements: the median, the quartiles (whose difference is the
 * interquartile range) and the extremes. Quantiles interpolate linearly between order statistics
 * (Hyndman and Fan's type 7, the default of R and NumPy): the p-quantile of sorted values
 * x[0..n-1] is x[h] + (h - floor h)(x[floor h + 1] - x[floor h]) with h = (n - 1) p.
 *
 * @param count  how many values
 * @param median the 0.5-quantile (the middle value, or the mean of the two middle ones)
 * @param q1     the 0.25-quantile
 * @param q3     the 0.75-quantile
 * @param min    the smallest value
 * @param max    the largest value
 */
public record Samples(int count, double median, double q1, double q3, double min, double max) {

    /**
     * The statistics of {@code values} (not modified).
     *
     * @throws IllegalArgumentException when there are none or one is NaN
     */
    public static Samples of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to summarize");
        }
        double[] x = values.clone();
        Arrays.sort(x);
        if (Double.isNaN(x[x.length - 1])) {
            throw new IllegalArgumentException("a value is NaN");
        }
        return new Samples(x.length, quantile(x, 0.5), quantile(x, 0.25), quantile(x, 0.75), x[0], x[x.length - 1]);
    }

    /** The statistics of {@code values}, e.g. nanoseconds. */
    public static Samples of(long... values) {
        return of(Arrays.stream(values).asDoubleStream().toArray());
    }

    /** The interquartile range q3 - q1. */
    public double iqr() {
        return q3 - q1;
    }

    /** Every statistic multiplied by {@code factor} (e.g. 1e-6 from nanoseconds to milliseconds). */
    public Samples scaled(double factor) {
        return new Samples(count, median * factor, q1 * factor, q3 * factor, min * factor, max * factor);
    }

    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
