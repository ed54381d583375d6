package org.spikegraph.bench.compare;

/**
 * A growth law y = c &middot; x<sup>e</sup> fitted by least squares on log-log axes: the line
 * ln y = ln c + e ln x that minimizes the squared residuals of ln y.
 *
 * @param exponent    e, the growth exponent (1: linear in x)
 * @param coefficient c
 * @param r2          the coefficient of determination of the log-log line (1 for an exact power law)
 * @param points      how many points it was fitted to
 */
public record PowerLaw(double exponent, double coefficient, double r2, int points) {

    /**
     * Fits y = c x^e to the points (x[i], y[i]).
     *
     * @throws IllegalArgumentException when the arrays differ in length, when a value is not positive
     *                                  (it has no logarithm), or when fewer than two distinct x are given
     */
    public static PowerLaw fit(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values but " + y.length + " y values");
        }
        int n = x.length;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < n; i++) {
            if (!(x[i] > 0 && y[i] > 0) || Double.isInfinite(x[i]) || Double.isInfinite(y[i])) {
                throw new IllegalArgumentException("point " + i + " (" + x[i] + ", " + y[i]
                        + ") is not positive and finite: a power law needs logarithms");
            }
            sx += Math.log(x[i]);
            sy += Math.log(y[i]);
        }
        double mx = sx / Math.max(1, n);
        double my = sy / Math.max(1, n);
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(x[i]) - mx;
            double dy = Math.log(y[i]) - my;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        if (n < 2 || sxx == 0) {
            throw new IllegalArgumentException("a growth exponent needs at least two distinct sizes, got " + n + " point(s)");
        }
        double e = sxy / sxx;
        double r2 = syy == 0 ? 1 : (sxy * sxy) / (sxx * syy);
        return new PowerLaw(e, Math.exp(my - e * mx), r2, n);
    }

    /** The fitted value at {@code x}. */
    public double at(double x) {
        return coefficient * Math.pow(x, exponent);
    }
}
