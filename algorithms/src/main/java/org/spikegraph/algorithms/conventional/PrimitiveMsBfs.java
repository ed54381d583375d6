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
            long[][] rows = words.bfs(graph, batch, true);
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

    /**
     * Closeness, harmonic centrality and eccentricity of every vertex, without rows: per level, the
     * newly visited lanes of each vertex go into a bit-sliced counter (carry-save adds, as the lane
     * engine counts first spikes), read out per lane once per level into the count of vertices at
     * each hop distance ({@link DistanceSummary.Accumulator#addCounts}).
     */
    public static DistanceSummary summary(CsrGraph graph, int threads) {
        int n = graph.vertexCount();
        DistanceSummary.Accumulator acc = new DistanceSummary.Accumulator(n);
        int batches = (n + LANES - 1) / LANES;
        ParallelBatches.run(batches, threads, () -> new Words(n), (b, words) -> {
            int first = b * LANES;
            int[] batch = new int[Math.min(n, first + LANES) - first];
            Arrays.setAll(batch, k -> first + k);
            long[][] counts = words.bfs(graph, batch, false);
            for (int k = 0; k < batch.length; k++) {
                acc.addCounts(batch[k], counts[k]);
            }
        });
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

        /** Per level: this level's newly visited lanes, summed per lane over the vertices. */
        final LevelCounter levelCounter = new LevelCounter();

        /**
         * From up to 64 sources: with {@code rows}, the hop counts (row k for {@code sources[k]});
         * without, per source the count of vertices at each distance (index d, the source at 0).
         */
        long[][] bfs(CsrGraph graph, int[] sources, boolean rows) {
            int n = graph.vertexCount();
            int[] offsets = graph.offsets();
            int[] targets = graph.targets();
            long[] seen = this.seen;
            long[] visit = this.visit;
            long[] visitNext = this.visitNext;
            Arrays.fill(seen, 0);
            Arrays.fill(visit, 0);
            long[][] out = new long[sources.length][];
            for (int k = 0; k < sources.length; k++) {
                if (rows) {
                    out[k] = new long[n];
                    Arrays.fill(out[k], PrimitiveDijkstra.UNREACHED);
                    out[k][sources[k]] = 0;
                } else {
                    out[k] = new long[16];
                    out[k][0] = 1;
                }
                seen[sources[k]] |= 1L << k;
                visit[sources[k]] |= 1L << k;
            }
            boolean frontier = sources.length > 0;
            int[] levels = new int[sources.length];
            Arrays.fill(levels, 1);
            LevelCounter counter = this.levelCounter;
            for (int level = 1; frontier; level++) {
                long levelLanes = 0;
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
                        if (rows) {
                            for (long left = fresh; left != 0; left &= left - 1) {
                                out[Long.numberOfTrailingZeros(left)][v] = level;
                            }
                        } else {
                            counter.add(fresh);
                            levelLanes |= fresh;
                        }
                    }
                }
                if (levelLanes != 0) {
                    counter.flush();
                    for (long left = levelLanes; left != 0; left &= left - 1) {
                        int k = Long.numberOfTrailingZeros(left);
                        if (level >= out[k].length) {
                            out[k] = Arrays.copyOf(out[k], out[k].length * 2);
                        }
                        out[k][level] = counter.get(k);
                        levels[k] = level + 1;
                    }
                    counter.clear();
                }
            }
            if (!rows) {
                for (int k = 0; k < out.length; k++) {
                    out[k] = Arrays.copyOf(out[k], levels[k]);
                }
            }
            return out;
        }
    }

    /**
     * 64 counters bit-sliced (bit k of plane p is bit p of lane k's count): a carry-save add into four
     * low planes, moved into the high planes every 15 adds (the lane engine's counter).
     */
    private static final class LevelCounter {
        private long ones;
        private long twos;
        private long fours;
        private long eights;
        private int pending;
        private final long[] high = new long[64];
        private int planes;

        void add(long lanes) {
            long c1 = ones & lanes;
            ones ^= lanes;
            long c2 = twos & c1;
            twos ^= c1;
            long c4 = fours & c2;
            fours ^= c2;
            eights ^= c4;
            if (++pending == 15) {
                flush();
            }
        }

        void flush() {
            addPlane(ones, 0);
            addPlane(twos, 1);
            addPlane(fours, 2);
            addPlane(eights, 3);
            ones = 0;
            twos = 0;
            fours = 0;
            eights = 0;
            pending = 0;
        }

        private void addPlane(long lanes, int p) {
            for (; lanes != 0; p++) {
                long carry = high[p] & lanes;
                high[p] ^= lanes;
                lanes = carry;
            }
            planes = Math.max(planes, p);
        }

        /** Lane k's flushed count. */
        long get(int k) {
            long sum = 0;
            for (int p = 0; p < planes; p++) {
                sum |= ((high[p] >>> k) & 1L) << p;
            }
            return sum;
        }

        void clear() {
            Arrays.fill(high, 0, planes, 0L);
            planes = 0;
        }
    }
}
