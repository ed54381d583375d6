package org.spikegraph.algorithms.allpairs;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * What all-pairs distances say about each vertex, aggregated per source without keeping the n&sup2;
 * distances: the definitions are JGraphT's ({@code ClosenessCentrality}, {@code HarmonicCentrality},
 * {@code GraphMeasurer}), out-going paths, normalized, so that the scores agree with them.
 *
 * @param reached      per source s, the vertices with a path from s, s included
 * @param farness      per source s, the exact sum of d(s, v) over reached v &ne; s
 * @param harmonicSum  per source s, the sum of 1 / d(s, v) over reached v &ne; s (+&infin; when some d is 0):
 *                     added in vertex order from rows ({@link Accumulator#add}), per distance from counts
 *                     ({@link Accumulator#addCounts}); the two differ at most in the last bits
 * @param eccentricity per source s, max over v of d(s, v), {@link #INFINITE} when some v is unreached
 */
public record DistanceSummary(int[] reached, long[] farness, double[] harmonicSum, long[] eccentricity) {

    /** The eccentricity of a vertex that does not reach every vertex. */
    public static final long INFINITE = Long.MAX_VALUE;

    /** The number of vertices. */
    public int vertexCount() {
        return reached.length;
    }

    /**
     * Closeness of v: (n - 1) / farness when v reaches every vertex, else 0 (an unreached distance is
     * infinite); NaN for a single vertex, +&infin; when every distance is 0.
     */
    public double closeness(int v) {
        int n = vertexCount();
        return reached[v] < n ? 0.0 : (n - 1) / (double) farness[v];
    }

    /** Harmonic centrality of v: the sum of 1 / d(v, u) over u &ne; v, divided by n - 1 when n &gt; 1. */
    public double harmonic(int v) {
        int n = vertexCount();
        return n > 1 ? harmonicSum[v] / (n - 1) : harmonicSum[v];
    }

    /** {@link #closeness} of every vertex. */
    public double[] closenessScores() {
        return IntStream.range(0, vertexCount()).mapToDouble(this::closeness).toArray();
    }

    /** {@link #harmonic} of every vertex. */
    public double[] harmonicScores() {
        return IntStream.range(0, vertexCount()).mapToDouble(this::harmonic).toArray();
    }

    /** The eccentricity of v as a double, +&infin; for {@link #INFINITE}. */
    public double eccentricityValue(int v) {
        return eccentricity[v] == INFINITE ? Double.POSITIVE_INFINITY : eccentricity[v];
    }

    /** The radius: the least eccentricity, 0 for no vertices, {@link #INFINITE} when no vertex reaches all. */
    public long radius() {
        return vertexCount() == 0 ? 0 : Arrays.stream(eccentricity).min().getAsLong();
    }

    /** The diameter: the largest eccentricity, 0 for no vertices, {@link #INFINITE} when some vertex does not reach all. */
    public long diameter() {
        return vertexCount() == 0 ? 0 : Arrays.stream(eccentricity).max().getAsLong();
    }

    /** The centre: the vertices whose eccentricity is the radius, in increasing order. */
    public int[] centre() {
        long r = radius();
        return IntStream.range(0, vertexCount()).filter(v -> eccentricity[v] == r).toArray();
    }

    /**
     * Folds distance rows into a summary, one row per source, each source once: {@link #add} may be
     * called from several threads at once for different sources (it writes only the source's slots).
     * The harmonic sum adds 1 / d in vertex order, whatever order the rows come in.
     */
    public static final class Accumulator {
        /** Reciprocals 1.0 / d of the small distances, so that the common case divides nothing (the same doubles). */
        private static final double[] RECIPROCAL = new double[4096];

        static {
            for (int d = 0; d < RECIPROCAL.length; d++) { // 1.0 / 0 is +infinity
                RECIPROCAL[d] = 1.0 / d;
            }
        }

        private final int[] reached;
        private final long[] farness;
        private final double[] harmonic;
        private final long[] eccentricity;

        /** An accumulator for {@code n} vertices. */
        public Accumulator(int n) {
            reached = new int[n];
            farness = new long[n];
            harmonic = new double[n];
            eccentricity = new long[n];
        }

        /** Folds the row of {@code source}: {@code d[v]} = d(source, v), negative where unreached. */
        public void add(int source, long[] d) {
            int n = d.length;
            int r = 0;
            long sum = 0;
            long max = 0;
            double h = 0;
            for (int v = 0; v < n; v++) {
                long x = d[v];
                if (x < 0) {
                    continue;
                }
                r++;
                if (v != source) {
                    sum += x;
                    h += x < RECIPROCAL.length ? RECIPROCAL[(int) x] : 1.0 / x;
                    max = Math.max(max, x);
                }
            }
            reached[source] = r;
            farness[source] = sum;
            harmonic[source] = h;
            eccentricity[source] = r == n ? max : INFINITE;
        }

        /**
         * Folds the distances of {@code source} given as counts: {@code atDistance[d]} vertices at
         * distance d (&ge; 0), the source itself counted at 0, so {@code atDistance[0]} &ge; 1. The
         * same reached count, farness and eccentricity as {@link #add} of the row; the harmonic sum
         * adds {@code atDistance[d] * (1 / d)} in increasing d (one rounding per distance instead of
         * per vertex: it may differ from the vertex-order sum in the last bits).
         */
        public void addCounts(int source, long[] atDistance) {
            if (atDistance.length == 0 || atDistance[0] < 1) {
                throw new IllegalArgumentException("source " + source + " must be counted at distance 0");
            }
            long r = 0;
            long sum = 0;
            double h = 0;
            int max = 0;
            for (int d = 0; d < atDistance.length; d++) {
                long c = atDistance[d];
                if (c == 0) {
                    continue;
                }
                r += c;
                sum += c * d;
                h += d == 0 ? (c > 1 ? Double.POSITIVE_INFINITY : 0.0) : c * (d < RECIPROCAL.length ? RECIPROCAL[d] : 1.0 / d);
                max = d;
            }
            reached[source] = (int) r;
            farness[source] = sum;
            harmonic[source] = h;
            eccentricity[source] = r == reached.length ? max : INFINITE;
        }

        /** The summary of the rows added (sources never added count as reaching nothing). */
        public DistanceSummary finish() {
            return new DistanceSummary(reached, farness, harmonic, eccentricity);
        }
    }
}
