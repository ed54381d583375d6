package org.spikegraph.algorithms.shortestpath;

import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * How arc weights become synaptic delays, and how first-spike times become distances.
 *
 * <ul>
 *   <li>{@link Kind#HOPS}: every delay is 1; the distance is the number of arcs (BFS).</li>
 *   <li>{@link Kind#INTEGER}: integer weights &ge; 1 are the delays; exact.</li>
 *   <li>{@link Kind#ZERO_SCALED}: integer weights &ge; 0: delay = w&middot;K + 1 with K &gt; the number
 *       of arcs on any simple path (K = vertex count); a first-spike time T then holds the distance
 *       &lfloor;T / K&rfloor; and the hop count T mod K of a lightest path; exact.</li>
 *   <li>{@link Kind#RESOLUTION}: real weights &ge; 0 with an explicit resolution q: delay =
 *       max(1, round(w / q)). Distances are then re-weighed on the real weights along the paths the
 *       circuit found, and each carries an error bound (see {@link ShortestPaths#errorBound}).</li>
 * </ul>
 * Negative weights cannot be delays: {@link #choose} rejects them naming the arc.
 *
 * @param kind       the encoding
 * @param scale      K for ZERO_SCALED, 1 otherwise
 * @param resolution q for RESOLUTION, 1 otherwise
 */
public record DelayEncoding(Kind kind, long scale, double resolution) {

    /** The encodings. */
    public enum Kind { HOPS, INTEGER, ZERO_SCALED, RESOLUTION }

    /** Every arc is one step: hop distances. */
    public static DelayEncoding hops() {
        return new DelayEncoding(Kind.HOPS, 1, 1);
    }

    /**
     * The exact encoding for a graph's weights, or the resolution encoding when {@code resolution} is
     * given (not null).
     *
     * @throws IllegalArgumentException for a negative or non-finite weight (naming the arc), for
     *                                  non-integer weights without a resolution, or when a delay would
     *                                  not fit in an int, or (exact kinds) when a path could weigh more
     *                                  than 2^53 ({@link #checkPathSums})
     */
    public static DelayEncoding choose(CsrGraph graph, Double resolution) {
        checkWeights(graph);
        DelayEncoding enc;
        if (resolution != null) {
            if (!(resolution > 0) || Double.isInfinite(resolution)) {
                throw new IllegalArgumentException("the resolution must be a positive number, got " + resolution);
            }
            enc = new DelayEncoding(Kind.RESOLUTION, 1, resolution);
        } else if (!graph.weighted()) {
            enc = hops();
        } else if (!graph.integralWeights()) {
            throw new IllegalArgumentException("the graph has non-integer weights (e.g. " + firstNonIntegral(graph)
                    + "): give a resolution (--resolution Q) so that each weight w becomes a delay of round(w / Q) steps");
        } else if (graph.arcCount() > 0 && graph.minWeight() == 0) {
            enc = new DelayEncoding(Kind.ZERO_SCALED, Math.max(2, graph.vertexCount()), 1);
        } else {
            enc = new DelayEncoding(Kind.INTEGER, 1, 1);
        }
        if (graph.arcCount() > 0 && enc.kind != Kind.HOPS) {
            double w = graph.maxWeight();
            double largest = switch (enc.kind) {
                case ZERO_SCALED -> w * enc.scale + 1;
                case RESOLUTION -> Math.max(1, Math.rint(w / enc.resolution));
                default -> w;
            };
            if (enc.exact()) {
                checkPathSums(graph.vertexCount(), w);
            }
            if (largest > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("the largest weight " + w + " becomes a delay of " + (long) largest
                        + " steps, above the " + Integer.MAX_VALUE + " a synapse holds"
                        + (enc.kind == Kind.ZERO_SCALED ? " (zero weights scale every weight by " + enc.scale + ")" : "")
                        + ": give a coarser --resolution");
            }
        }
        return enc;
    }

    /** Largest path weight kept exact: 2^53 (JGraphT, the reference, sums weights as doubles). */
    public static final double MAX_EXACT_PATH = 0x1p53;

    /**
     * Refuses graphs whose heaviest simple path, at most (n - 1) &middot; max|w|, could exceed 2^53,
     * where sums of doubles stop being exact.
     *
     * @throws IllegalArgumentException naming the bound
     */
    public static void checkPathSums(int vertexCount, double maxAbsWeight) {
        double bound = Math.max(0, vertexCount - 1) * Math.abs(maxAbsWeight);
        if (bound > MAX_EXACT_PATH) {
            throw new IllegalArgumentException("a path can weigh up to (n - 1) * max|w| = " + (vertexCount - 1) + " * "
                    + (long) Math.abs(maxAbsWeight) + ", above 2^53 = 9007199254740992 where sums of weights stop being "
                    + "exact: use smaller weights or a smaller graph");
        }
    }

    /** Rejects negative, NaN or infinite weights, naming the first such arc. */
    static void checkWeights(CsrGraph graph) {
        if (!graph.weighted() || graph.arcCount() == 0 || graph.minWeight() >= 0 && Double.isFinite(graph.maxWeight())) {
            return;
        }
        for (int u = 0; u < graph.vertexCount(); u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                double w = graph.weight(a);
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("arc " + graph.name(u) + " -> "
                            + graph.name(graph.target(a)) + " has weight " + w
                            + (w < 0 ? ": negative weights cannot be delays; use Bellman-Ford (e.g. JGraphT's BellmanFordShortestPath)"
                                    : ": weights must be finite numbers >= 0"));
                }
            }
        }
    }

    private static double firstNonIntegral(CsrGraph graph) {
        for (int a = 0; a < graph.arcCount(); a++) {
            double w = graph.weight(a);
            if (w != Math.rint(w)) {
                return w;
            }
        }
        return Double.NaN;
    }

    /** The delay of an arc of weight w. */
    public int delay(double w) {
        return switch (kind) {
            case HOPS -> 1;
            case INTEGER -> (int) w;
            case ZERO_SCALED -> (int) ((long) w * scale + 1);
            case RESOLUTION -> (int) Math.max(1, Math.round(w / resolution));
        };
    }

    /** True when decoded distances are exact (every kind but RESOLUTION). */
    public boolean exact() {
        return kind != Kind.RESOLUTION;
    }

    /** The distance, in the encoding's units, held by a first-spike time (measured from the start). */
    public long distance(long time) {
        return kind == Kind.ZERO_SCALED ? time / scale : time;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case HOPS -> "hops (delay 1 per arc)";
            case INTEGER -> "integer weights as delays";
            case ZERO_SCALED -> "zero weights: delay = w*" + scale + " + 1";
            case RESOLUTION -> "resolution " + resolution + ": delay = max(1, round(w / " + resolution + "))";
        };
    }
}
