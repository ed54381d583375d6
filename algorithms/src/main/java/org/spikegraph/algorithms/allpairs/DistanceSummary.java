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
 * @param harmonicSum  per source s, the sum of 1 / d(s, v) over reached v &ne; s in vertex order
 *                     (+&infin; when some d is 0)
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
}
