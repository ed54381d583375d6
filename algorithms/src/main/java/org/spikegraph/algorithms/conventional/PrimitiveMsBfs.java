package org.spikegraph.algorithms.conventional;

import java.util.Arrays;
import org.spikegraph.algorithms.allpairs.DistanceSummary;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Multi-source BFS (Then et al., "The More the Merrier: Efficient Multi-Source Graph Traversal",
 * VLDB 2015) on the CSR: 64 sources per {@code long}, one bit per source in three arrays of words
 * (seen, visit, visitNext), top-down, one pass over the vertices per level; batches of 64 sources
 * on a number of threads, each with its own arrays. Hop counts (weights are ignored), out-going arcs:
 * the conventional baseline of {@link LaneDistances#hops}, with the same rows and the same
 * {@link DistanceSummary}.
 */
public final class PrimitiveMsBfs {

    /** Sources per word. */
    public static final int LANES = 64;

    private PrimitiveMsBfs() {}

    /**
     * Streams the hop counts from each of {@code sources} (repeats allowed), batches of 64 on
     * {@code threads} threads; the consumer may be called concurrently, and keeps the arrays.
     */
    public static void forEachSource(CsrGraph graph, int[] sources, int threads, LaneDistances.SourceConsumer consumer) {
        int n = graph.vertexCount();
        int[] s = sources.clone();
        for (int v : s) {
            if (v < 0 || v >= n) {
                throw new IllegalArgumentException("source vertex index " + v + " is not in the graph (indices 0.."
                        + (n - 1) + ")");
            }
        }
        int batches = (s.length + LANES - 1) / LANES;
        ParallelBatches.run(batches, threads, () -> new Words(n), (b, words) -> {
            int first = b * LANES;
            int[] batch = Arrays.copyOfRange(s, first, Math.min(s.length, first + LANES));
            long[][] rows = words.bfs(graph, batch);
            for (int k = 0; k < batch.length; k++) {
                consumer.accept(batch[k], rows[k]);
            }
        });
    }

    /** Streams the hop counts from every vertex. */
    public static void forEachSource(CsrGraph graph, int threads, LaneDistances.SourceConsumer consumer) {
        int[] all = new int[graph.vertexCount()];
        Arrays.setAll(all, v -> v);
        forEachSource(graph, all, threads, consumer);
    }

    /** Closeness, harmonic centrality and eccentricity of every vertex from the hop counts. */
    public static DistanceSummary summary(CsrGraph graph, int threads) {
        DistanceSummary.Accumulator acc = new DistanceSummary.Accumulator(graph.vertexCount());
        forEachSource(graph, threads, acc::add);
        return acc.finish();
    }

    /** One thread's words: seen, visit and visitNext per vertex. */
    private static final class Words {
        final long[] seen;
        final long[] visit;
        final long[] visitNext;

        Words(int n) {
            seen = new long[n];
            visit = new long[n];
            visitNext = new long[n];
        }

        /** Hop counts from up to 64 sources: row k for {@code sources[k]}. */
        long[][] bfs(CsrGraph graph, int[] sources) {
            int n = graph.vertexCount();
            int[] offsets = graph.offsets();
            int[] targets = graph.targets();
            long[] seen = this.seen;
            long[] visit = this.visit;
            long[] visitNext = this.visitNext;
            Arrays.fill(seen, 0);
            Arrays.fill(visit, 0);
            long[][] rows = new long[sources.length][n];
            for (int k = 0; k < sources.length; k++) {
                Arrays.fill(rows[k], PrimitiveDijkstra.UNREACHED);
                rows[k][sources[k]] = 0;
                seen[sources[k]] |= 1L << k;
                visit[sources[k]] |= 1L << k;
            }
            boolean frontier = sources.length > 0;
            for (long level = 1; frontier; level++) {
                for (int v = 0; v < n; v++) {
                    long lanes = visit[v];
                    if (lanes != 0) {
                        for (int a = offsets[v], end = offsets[v + 1]; a < end; a++) {
                            visitNext[targets[a]] |= lanes;
                        }
                    }
                }
                frontier = false;
                for (int v = 0; v < n; v++) {
                    long next = visitNext[v];
                    if (next == 0) {
                        visit[v] = 0;
                        continue;
                    }
                    visitNext[v] = 0;
                    long fresh = next & ~seen[v];
                    visit[v] = fresh;
                    if (fresh != 0) {
                        seen[v] |= fresh;
                        frontier = true;
                        for (long left = fresh; left != 0; left &= left - 1) {
                            rows[Long.numberOfTrailingZeros(left)][v] = level;
                        }
                    }
                }
            }
            return rows;
        }
    }
}
