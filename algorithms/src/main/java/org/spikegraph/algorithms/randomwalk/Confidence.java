package org.spikegraph.algorithms.randomwalk;

/**
 * Confidence intervals for a probability estimated from N independent 0/1 samples (walkers), each
 * failing with probability at most &delta;. Both come from Hoeffding 1963 ("Probability inequalities for
 * sums of bounded random variables", Theorems 1 and 2), which hold for independent samples with
 * different means too: the interval is then one for their average, as in PageRank's stratified start.
 */
public final class Confidence {

    private Confidence() {
    }

    /**
     * Hoeffding's half-width &epsilon; = sqrt(ln(2/&delta;) / (2N)): the same for every probability, best near
     * 1/2.
     */
    public static double hoeffding(long samples, double delta) {
        check(samples, delta);
        return Math.sqrt(Math.log(2 / delta) / (2.0 * samples));
    }

    /**
     * The Chernoff interval in Kullback&ndash;Leibler form: all p with N &middot; KL(k/N &#x2016; p) &le;
     * ln(2/&delta;), KL the relative entropy of two Bernoulli laws. Each tail beyond it has probability at
     * most &delta;/2 (Hoeffding's Theorem 1), so the true p lies outside with probability at most &delta;.
     * Much tighter than {@link #hoeffding} for small p (a PageRank score of 0.01 with 10^6 walkers and
     * &delta; = 10^-6: &plusmn;5.5 &middot; 10^-4 instead of &plusmn;2.7 &middot; 10^-3).
     *
     * @return {lower, upper}, within [0, 1]
     */
    public static double[] chernoff(long successes, long samples, double delta) {
        check(samples, delta);
        if (successes < 0 || successes > samples) {
            throw new IllegalArgumentException("need 0 <= successes <= samples, got " + successes + " of " + samples);
        }
        double p = successes / (double) samples;
        double limit = Math.log(2 / delta) / samples;
        return new double[] {bound(p, limit, 0), bound(p, limit, 1)};
    }

    /** The point between p and {@code end} where KL(p || q) reaches the limit, or end if it never does. */
    private static double bound(double p, double limit, double end) {
        if (kl(p, end) <= limit) {
            return end;
        }
        double inside = p;
        double outside = end;
        for (int i = 0; i < 100; i++) {
            double mid = (inside + outside) / 2;
            if (kl(p, mid) <= limit) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        return outside; // the conservative side
    }

    /** KL(Bernoulli(p) || Bernoulli(q)), +infinity where q excludes what p allows. */
    static double kl(double p, double q) {
        return term(p, q) + term(1 - p, 1 - q);
    }

    private static double term(double a, double b) {
        if (a == 0) {
            return 0;
        }
        return b <= 0 ? Double.POSITIVE_INFINITY : a * Math.log(a / b);
    }

    private static void check(long samples, double delta) {
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be in (0, 1), got " + delta);
        }
        if (samples < 1) {
            throw new IllegalArgumentException("need at least one sample, got " + samples);
        }
    }
}
