package org.spikegraph.algorithms.conventional;

import java.util.Arrays;
import org.spikegraph.algorithms.allpairs.DistanceSummary;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Distances from many sources by {@link PrimitiveDijkstra} once per source, each thread reusing its
 * heap and position arrays (only the distance row is new per source, and it is the consumer's):
 * the conventional baseline of {@link LaneDistances#weighted}, with the same rows and the same
 * {@link DistanceSummary}. Integer weights &ge; 0 (hop counts for an unweighted graph).
 */
public final class PrimitiveAllSourcesDijkstra {

    /** Sources per task handed to a thread. */
    private static final int CHUNK = 64;

    private PrimitiveAllSourcesDijkstra() {}

    /**
     * Streams the distances from each of {@code sources} (repeats allowed) on {@code threads}
     * threads; the consumer may be called concurrently, and keeps the arrays.
     *
     * @throws IllegalArgumentException for negative or non-integer weights, or a source out of range
     */
    public static void forEachSource(CsrGraph graph, int[] sources, int threads, LaneDistances.SourceConsumer consumer) {
        PrimitiveDijkstra.checkWeights(graph);
        int n = graph.vertexCount();
        int[] s = sources.clone();
        for (int v : s) {
            if (v < 0 || v >= n) {
                throw new IllegalArgumentException("source vertex index " + v + " is not in the graph (indices 0.."
                        + (n - 1) + ")");
            }
        }
        int chunks = (s.length + CHUNK - 1) / CHUNK;
        ParallelBatches.run(chunks, threads, () -> new PrimitiveDijkstra.Workspace(n), (c, w) -> {
            for (int k = c * CHUNK, end = Math.min(s.length, k + CHUNK); k < end; k++) {
                consumer.accept(s[k], PrimitiveDijkstra.distances(graph, s[k], w));
            }
        });
    }

    /** Streams the distances from every vertex. */
    public static void forEachSource(CsrGraph graph, int threads, LaneDistances.SourceConsumer consumer) {
        int[] all = new int[graph.vertexCount()];
        Arrays.setAll(all, v -> v);
        forEachSource(graph, all, threads, consumer);
    }

    /** Closeness, harmonic centrality and eccentricity of every vertex from the distances. */
    public static DistanceSummary summary(CsrGraph graph, int threads) {
        DistanceSummary.Accumulator acc = new DistanceSummary.Accumulator(graph.vertexCount());
        forEachSource(graph, threads, acc::add);
        return acc.finish();
    }
}
