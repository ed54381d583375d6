package org.spikegraph.algorithms.allpairs;

import java.util.function.IntFunction;
import org.spikegraph.algorithms.circuit.IncompleteRunException;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.PathReadout;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.substrate.engine.LaneEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.run.StopReason;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * Distances from many sources at once: the delay-coded wavefront of {@link ShortestPathCompiler}
 * (one latch per vertex, an arc's weight as its synapse's delay) run from one source per lane on the
 * {@link LaneEngine}, 64 sources per word, batches of 64 on a fixed pool of threads. Source s's run
 * is exactly the event engine's single-source run from s, so d(s, v) is the first-spike time of v
 * decoded by the encoding, or {@link #UNREACHED}: hop counts with {@link DelayEncoding#hops()},
 * weighted distances with the graph's own integer weights ({@link DelayEncoding#choose}).
 *
 * <p>{@link #forEachSource} streams one distance row per source, so all pairs never need n&sup2;
 * memory; {@link #summary} aggregates the rows into what closeness, harmonic centrality and
 * eccentricity need; {@link #matrix} keeps them all for small graphs.
 */
public final class LaneDistances {

    /** Distance of an unreachable vertex. */
    public static final long UNREACHED = ShortestPaths.UNREACHED;

    /** The largest matrix {@link #matrix} builds: 2^27 entries (1 GiB of longs). */
    public static final long MAX_MATRIX_ENTRIES = 1L << 27;

    private final CsrGraph graph;
    private final DelayEncoding encoding;
    private final LaneEngine engine;
    private final Network network;
    private final StopCondition stop;
    /** Every synapse has delay 1 and a step is a distance: {@link #summary} counts first spikes per step. */
    private final boolean countsBySteps;

    /** Receives the distances from one source; called on pool threads, possibly concurrently. */
    @FunctionalInterface
    public interface SourceConsumer {
        /** {@code distances[v]} = d(source, v), {@link #UNREACHED} where none; the array is the caller's to keep. */
        void accept(int source, long[] distances);
    }

    /**
     * Distances of {@code graph} under {@code encoding} (it must be exact), on {@code threads} threads.
     *
     * @throws IllegalArgumentException for an inexact encoding, negative or non-integer weights, or threads &lt; 1
     */
    public LaneDistances(CsrGraph graph, DelayEncoding encoding, int threads) {
        if (!encoding.exact()) {
            throw new IllegalArgumentException("all-pairs distances need an exact delay encoding, got " + encoding);
        }
        this.graph = graph;
        this.encoding = encoding;
        this.engine = new LaneEngine(threads);
        ShortestPathCompiler compiler = new ShortestPathCompiler(graph, encoding, PathReadout.HOST);
        this.network = compiler.network();
        this.stop = StopCondition.afterSteps(compiler.stepBound()).orQuiescent();
        this.countsBySteps = stepsAreDistances(network, encoding);
        if (network.neuronCount() != graph.vertexCount()) {
            throw new IllegalStateException("the wavefront has " + network.neuronCount() + " neurons for "
                    + graph.vertexCount() + " vertices");
        }
    }

    /**
     * Whether each step of {@code network}'s wavefront is one unit of distance under {@code encoding}:
     * every synapse has delay 1 and the encoding does not scale, so a vertex's first-spike step is its
     * distance and a run's {@linkplain Run#firstSpikeHistogram first-spike histogram} counts the
     * vertices at each distance.
     */
    public static boolean stepsAreDistances(Network network, DelayEncoding encoding) {
        if (encoding.kind() == DelayEncoding.Kind.ZERO_SCALED || !encoding.exact()) {
            return false;
        }
        for (int d : network.delays()) {
            if (d != 1) {
                return false;
            }
        }
        return true;
    }

    /** Hop counts (every arc 1), on {@code threads} threads. */
    public static LaneDistances hops(CsrGraph graph, int threads) {
        return new LaneDistances(graph, DelayEncoding.hops(), threads);
    }

    /**
     * Weighted distances with the graph's own integer weights (zero weights allowed), on {@code threads} threads.
     *
     * @throws IllegalArgumentException for negative or non-integer weights
     */
    public static LaneDistances weighted(CsrGraph graph, int threads) {
        return new LaneDistances(graph, DelayEncoding.choose(graph, null), threads);
    }

    /** The graph. */
    public CsrGraph graph() {
        return graph;
    }

    /** The encoding of weights as delays. */
    public DelayEncoding encoding() {
        return encoding;
    }

    /** The compiled wavefront network (vertex v is neuron v). */
    public Network network() {
        return network;
    }

    /** Streams the distances from every vertex. */
    public void forEachSource(SourceConsumer consumer) {
        int n = graph.vertexCount();
        forSources(n, k -> k, consumer);
    }

    /** Streams the distances from each of {@code sources} (vertex indices, repeats allowed). */
    public void forEachSource(int[] sources, SourceConsumer consumer) {
        int n = graph.vertexCount();
        int[] s = sources.clone();
        for (int v : s) {
            if (v < 0 || v >= n) {
                throw new IllegalArgumentException("source vertex index " + v + " is not in the graph (indices 0.."
                        + (n - 1) + ")");
            }
        }
        forSources(s.length, k -> s[k], consumer);
    }

    private void forSources(int count, IntFunction<Integer> sourceOf, SourceConsumer consumer) {
        int n = graph.vertexCount();
        boolean identity = Run.NEVER == UNREACHED && encoding.kind() != DelayEncoding.Kind.ZERO_SCALED;
        engine.forEachBatch(network, count, k -> Stimulus.spikes(0, sourceOf.apply(k)), stop,
                Recording.firstSpikeTimes(), 0L, (first, runs) -> {
                    for (int k = 0; k < runs.length; k++) {
                        Run run = runs[k];
                        if (run.stopReason() == StopReason.STEP_LIMIT) {
                            throw new IncompleteRunException("the wavefront from vertex " + sourceOf.apply(first + k)
                                    + " was still moving after " + run.stepsSpanned() + " steps");
                        }
                        // the lane's first-spike array is its own (the engine keeps no reference): decode in place
                        long[] d = run.firstSpikes();
                        if (!identity) {
                            for (int v = 0; v < n; v++) {
                                d[v] = d[v] == Run.NEVER ? UNREACHED : encoding.distance(d[v]);
                            }
                        }
                        consumer.accept(sourceOf.apply(first + k), d);
                    }
                });
    }

    /** Every row: {@code matrix()[s][v]} = d(s, v), {@link #UNREACHED} where none. */
    public long[][] matrix() {
        int n = graph.vertexCount();
        if ((long) n * n > MAX_MATRIX_ENTRIES) {
            throw new IllegalArgumentException("an all-pairs matrix of " + n + " vertices has " + (long) n * n
                    + " entries, more than " + MAX_MATRIX_ENTRIES + ": stream the rows with forEachSource, or use summary()");
        }
        long[][] rows = new long[n][];
        forEachSource((s, d) -> rows[s] = d);
        return rows;
    }

    /**
     * The per-source aggregates of every row: closeness, harmonic centrality, eccentricity. On a
     * unit-delay wavefront (hop counts, or weights all 1) no row is made: each lane records only its
     * first-spike histogram ({@link Run#firstSpikeHistogram}), which is the count of vertices per
     * distance ({@link DistanceSummary.Accumulator#addCounts}); otherwise the rows are folded. The sources
     * are packed into batches in {@link SourceOrder#nearbyFirst} order (the multi-source BFS baseline packs
     * them alike).
     */
    public DistanceSummary summary() {
        int n = graph.vertexCount();
        DistanceSummary.Accumulator acc = new DistanceSummary.Accumulator(n);
        if (!countsBySteps) {
            forEachSource(acc::add);
            return acc.finish();
        }
        int[] order = SourceOrder.nearbyFirst(graph);
        engine.forEachBatch(network, n, k -> Stimulus.spikes(0, order[k]), stop, Recording.firstSpikeHistogramOnly(), 0L,
                (first, runs) -> {
                    for (int k = 0; k < runs.length; k++) {
                        Run run = runs[k];
                        if (run.stopReason() == StopReason.STEP_LIMIT) {
                            throw new IncompleteRunException("the wavefront from vertex " + order[first + k]
                                    + " was still moving after " + run.stepsSpanned() + " steps");
                        }
                        acc.addCounts(order[first + k], run.firstSpikeHistogram());
                    }
                });
        return acc.finish();
    }
}
