package org.spikegraph.algorithms.conventional;

import java.util.Arrays;
import org.spikegraph.algorithms.allpairs.DistanceSummary;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.allpairs.SourceOrder;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.substrate.engine.LaneCounter;

/**
 * Multi-source BFS (Then et al., "The More the Merrier: Efficient Multi-Source Graph Traversal",
 * VLDB 2015) on the CSR: 64 sources per {@code long}, one bit per source in three arrays of words
 * (seen, visit, visitNext), top-down; a level with few visited vertices (under n/64, at least 16) walks
 * its list of them and of the vertices they reach, any other makes one pass over every vertex; batches of
 * 64 sources for rows and 256 (four words per vertex, as Then et al.'s wider bit fields) for the summary, on a
 * number of threads, each with its own arrays. Hop counts (weights are ignored), out-going arcs:
 * the conventional baseline of {@link LaneDistances#hops}, with the same rows and the same
 * {@link DistanceSummary}.
 */
public final class PrimitiveMsBfs {

    /** Sources per word. */
    public static final int LANES = 64;

    /** Sources per batch of {@link #summary}: {@link Words#WIDE} (four) words per vertex. */
    public static final int SUMMARY_BATCH = Words.WIDE * LANES;

    private PrimitiveMsBfs() {}

    /**
     * Streams the hop counts from each of {@code sources} (repeats allowed), batches of 64
     * {@linkplain SourceOrder#breadthFirst breadth-first neighbours} (as the lane engine's) on
     * {@code threads} threads; the consumer may be called concurrently, in no fixed order, and keeps the arrays.
     */
    public static void forEachSource(CsrGraph graph, int[] sources, int threads, LaneDistances.SourceConsumer consumer) {
        int n = graph.vertexCount();
        for (int v : sources) {
            if (v < 0 || v >= n) {
                throw new IllegalArgumentException("source vertex index " + v + " is not in the graph (indices 0.."
                        + (n - 1) + ")");
            }
        }
        int[] s = SourceOrder.arrange(sources, SourceOrder.breadthFirst(graph));
        int batches = (s.length + LANES - 1) / LANES;
        ParallelBatches.run(batches, threads, () -> new Words(n, 1), (b, words) -> {
            int first = b * LANES;
            int[] batch = Arrays.copyOfRange(s, first, Math.min(s.length, first + LANES));
            long[][] rows = words.rows(graph, batch);
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
     * newly visited lanes of each vertex go into the lane engine's bit-sliced {@link LaneCounter}, as
     * the lanes count first spikes, read out per lane once per level into the count of vertices at
     * each hop distance ({@link DistanceSummary.Accumulator#addCounts}). Sources are taken in
     * {@link SourceOrder#breadthFirst} order, as the lanes take them, but 256 to a batch (four words per
     * vertex, {@link Words}): 0.54-0.80 of one word's thread CPU time on email-Eu-core, CA-GrQc, Wiki-Vote
     * and rome99 (BENCHMARKS.md, eighth round).
     */
    public static DistanceSummary summary(CsrGraph graph, int threads) {
        int n = graph.vertexCount();
        DistanceSummary.Accumulator acc = new DistanceSummary.Accumulator(n);
        int[] order = SourceOrder.breadthFirst(graph);
        int batches = (n + SUMMARY_BATCH - 1) / SUMMARY_BATCH;
        ParallelBatches.run(batches, threads, () -> new Words(n, Words.WIDE), (b, words) -> {
            int first = b * SUMMARY_BATCH;
            int[] batch = Arrays.copyOfRange(order, first, Math.min(n, first + SUMMARY_BATCH));
            long[][] counts = words.countsPerLevel(graph, batch);
            for (int k = 0; k < batch.length; k++) {
                acc.addCounts(batch[k], counts[k]);
            }
        });
        return acc.finish();
    }

    /**
     * One thread's workspace: {@code width} words of sources per vertex (vertex v's at {@code width·v ..
     * width·v + width - 1}) of seen, visit and visitNext, the lists of a sparse level, and one
     * {@link LaneCounter} per word. {@link #rows} takes width 1; {@link #countsPerLevel} takes
     * {@link #WIDE}, whose words of a vertex share a cache line, so a visit or an arc costs one miss for
     * 256 sources, and whose loops over the words have a constant count the JIT unrolls.
     */
    private static final class Words {
        /** Words per vertex of {@link #countsPerLevel}, whose loops are written out for four. */
        static final int WIDE = 4;

        final long[] seen;
        final long[] visit;
        final long[] visitNext;
        /** This level's visited vertices (sparse levels only). */
        final int[] front;
        /** The vertices this level's visits reach (sparse levels only). */
        final int[] touched;
        final LaneCounter[] counters;

        Words(int n, int width) {
            seen = new long[width * n];
            visit = new long[width * n];
            visitNext = new long[width * n];
            front = new int[n];
            touched = new int[n];
            counters = new LaneCounter[width];
            Arrays.setAll(counters, w -> new LaneCounter());
        }

        /** Clears seen and visit for the next batch (visitNext is left 0 by every level). */
        void reset() {
            Arrays.fill(seen, 0);
            Arrays.fill(visit, 0);
        }

        /**
         * A level is sparse (walks its list of visited vertices) while that list is shorter than this,
         * dense (one pass over every vertex, as Then et al.) otherwise: a road network's ~1,000 levels
         * would otherwise each pass over every vertex.
         */
        static int sparseBelow(int n) {
            return Math.max(16, n >>> 6);
        }

        /** From up to 64 sources, the hop counts: row k for {@code sources[k]}. */
        long[][] rows(CsrGraph graph, int[] sources) {
            int n = graph.vertexCount();
            int[] offsets = graph.offsets();
            int[] targets = graph.targets();
            reset();
            long[] seen = this.seen;
            long[] visit = this.visit;
            long[] visitNext = this.visitNext;
            int[] front = this.front;
            int[] touched = this.touched;
            int frontSize = 0;
            long[][] out = new long[sources.length][];
            for (int k = 0; k < sources.length; k++) {
                out[k] = new long[n];
                Arrays.fill(out[k], PrimitiveDijkstra.UNREACHED);
                out[k][sources[k]] = 0;
                if (visit[sources[k]] == 0) {
                    front[frontSize++] = sources[k];
                }
                seen[sources[k]] |= 1L << k;
                visit[sources[k]] |= 1L << k;
            }
            final int sparseBelow = sparseBelow(n);
            boolean frontier = sources.length > 0;
            for (int level = 1; frontier; level++) {
                boolean sparse = frontSize < sparseBelow;
                int visited = frontSize;
                frontSize = 0;
                int reached;
                if (sparse) {
                    reached = 0;
                    for (int i = 0; i < visited; i++) {
                        int v = front[i];
                        long lanes = visit[v];
                        visit[v] = 0;
                        for (int a = offsets[v], end = offsets[v + 1]; a < end; a++) {
                            int t = targets[a];
                            if (visitNext[t] == 0) {
                                touched[reached++] = t;
                            }
                            visitNext[t] |= lanes;
                        }
                    }
                } else {
                    reached = n;
                    for (int v = 0; v < n; v++) {
                        long lanes = visit[v];
                        if (lanes != 0) {
                            for (int a = offsets[v], end = offsets[v + 1]; a < end; a++) {
                                visitNext[targets[a]] |= lanes;
                            }
                        }
                    }
                }
                frontier = false;
                for (int i = 0; i < reached; i++) {
                    int v = sparse ? touched[i] : i;
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
                        front[frontSize++] = v;
                        for (long left = fresh; left != 0; left &= left - 1) {
                            out[Long.numberOfTrailingZeros(left)][v] = level;
                        }
                    }
                }
            }
            return out;
        }

        /** From up to 256 sources: per source the count of vertices at each distance (index d, the source at 0). */
        long[][] countsPerLevel(CsrGraph graph, int[] sources) {
            int n = graph.vertexCount();
            int[] offsets = graph.offsets();
            int[] targets = graph.targets();
            reset();
            long[] seen = this.seen;
            long[] visit = this.visit;
            long[] visitNext = this.visitNext;
            int[] front = this.front;
            int[] touched = this.touched;
            int frontSize = 0;
            long[][] out = new long[sources.length][];
            for (int k = 0; k < sources.length; k++) {
                out[k] = new long[16];
                out[k][0] = 1;
                int at = WIDE * sources[k];
                if ((visit[at] | visit[at + 1] | visit[at + 2] | visit[at + 3]) == 0) {
                    front[frontSize++] = sources[k];
                }
                long bit = 1L << k; // shifts by k mod 64
                seen[at + k / LANES] |= bit;
                visit[at + k / LANES] |= bit;
            }
            final int sparseBelow = sparseBelow(n);
            int[] levels = new int[sources.length];
            Arrays.fill(levels, 1);
            long[] levelLanes = new long[WIDE];
            LaneCounter[] counters = this.counters;
            for (int level = 1; frontSize > 0; level++) {
                boolean sparse = frontSize < sparseBelow;
                int visited = frontSize;
                frontSize = 0;
                int reached;
                if (sparse) {
                    reached = 0;
                    for (int i = 0; i < visited; i++) {
                        int v = front[i] * WIDE;
                        long l0 = visit[v];
                        long l1 = visit[v + 1];
                        long l2 = visit[v + 2];
                        long l3 = visit[v + 3];
                        for (int a = offsets[front[i]], end = offsets[front[i] + 1]; a < end; a++) {
                            int t = targets[a];
                            int u = t * WIDE;
                            if ((visitNext[u] | visitNext[u + 1] | visitNext[u + 2] | visitNext[u + 3]) == 0) {
                                touched[reached++] = t;
                            }
                            visitNext[u] |= l0;
                            visitNext[u + 1] |= l1;
                            visitNext[u + 2] |= l2;
                            visitNext[u + 3] |= l3;
                        }
                        visit[v] = 0;
                        visit[v + 1] = 0;
                        visit[v + 2] = 0;
                        visit[v + 3] = 0;
                    }
                } else {
                    reached = n;
                    for (int v = 0; v < n; v++) {
                        int x = v * WIDE;
                        long l0 = visit[x];
                        long l1 = visit[x + 1];
                        long l2 = visit[x + 2];
                        long l3 = visit[x + 3];
                        if ((l0 | l1 | l2 | l3) != 0) {
                            for (int a = offsets[v], end = offsets[v + 1]; a < end; a++) {
                                int u = targets[a] * WIDE;
                                visitNext[u] |= l0;
                                visitNext[u + 1] |= l1;
                                visitNext[u + 2] |= l2;
                                visitNext[u + 3] |= l3;
                            }
                        }
                    }
                }
                for (int i = 0; i < reached; i++) {
                    int v = sparse ? touched[i] : i;
                    int x = v * WIDE;
                    boolean fresh = false;
                    for (int w = 0; w < WIDE; w++) {
                        long next = visitNext[x + w];
                        long lanes = next & ~seen[x + w];
                        visitNext[x + w] = 0;
                        visit[x + w] = lanes;
                        if (lanes != 0) {
                            seen[x + w] |= lanes;
                            counters[w].add(lanes);
                            levelLanes[w] |= lanes;
                            fresh = true;
                        }
                    }
                    if (fresh) {
                        front[frontSize++] = v;
                    }
                }
                for (int w = 0; w < WIDE; w++) {
                    if (levelLanes[w] == 0) {
                        continue;
                    }
                    LaneCounter counter = counters[w];
                    counter.flush();
                    for (long left = levelLanes[w]; left != 0; left &= left - 1) {
                        int k = w * LANES + Long.numberOfTrailingZeros(left);
                        if (level >= out[k].length) {
                            out[k] = Arrays.copyOf(out[k], out[k].length * 2);
                        }
                        out[k][level] = counter.get(k % LANES);
                        levels[k] = level + 1;
                    }
                    counter.clear();
                    levelLanes[w] = 0;
                }
            }
            for (int k = 0; k < out.length; k++) {
                out[k] = Arrays.copyOf(out[k], levels[k]);
            }
            return out;
        }
    }
}
