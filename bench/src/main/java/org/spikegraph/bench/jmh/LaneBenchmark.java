package org.spikegraph.bench.jmh;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntToLongFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.conventional.PrimitiveBfs;
import org.spikegraph.algorithms.conventional.PrimitiveDijkstra;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.LaneEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * Many single-source wavefronts on one graph, three ways in the same run, on the same sources:
 * <ul>
 *   <li>{@code lanes}: the {@link LaneEngine}, 64 sources per word, batches of 64 on {@code threads}
 *       threads;</li>
 *   <li>{@code event}: the {@link EventEngine}, one run per source, the sources split over
 *       {@code threads} threads;</li>
 *   <li>{@code primitive}: {@link PrimitiveDijkstra} (weighted) or {@link PrimitiveBfs} (hops), one
 *       per source, split the same way.</li>
 * </ul>
 * The network is compiled once in setup (not timed); each benchmark returns the sum of all first-spike
 * times or distances, and setup checks that the three agree. {@code metric} is {@code weighted}
 * (the graph's own weights as delays) or {@code hops} (every delay 1: a multi-source BFS, where the
 * lanes of different sources meet at the same neurons in the same steps and share words). Run from
 * the repository root (the graph path is relative to it).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class LaneBenchmark {

    /** The graph file, relative to the repository root. */
    @Param({"../shared/data/road/rome99.gr"})
    public String graph;

    /** Delays: the graph's weights, or 1 per arc. */
    @Param({"weighted", "hops"})
    public String metric;

    /** Number of sources (vertices spread over the graph). */
    @Param({"64", "128"})
    public int sources;

    /** Threads for all three. */
    @Param({"1", "2"})
    public int threads;

    private CsrGraph csr;
    private Network network;
    private StopCondition stop;
    private int[] source;
    private Stimulus[] stimuli;
    private LaneEngine lanes;
    private ExecutorService pool;

    @Setup(Level.Trial)
    public void setUp() {
        csr = GraphLoader.load(Path.of(graph)).graph();
        LaneDistances d = metric.equals("hops") ? LaneDistances.hops(csr, threads) : LaneDistances.weighted(csr, threads);
        network = d.network();
        stop = StopCondition.afterSteps(Long.MAX_VALUE).orQuiescent();
        int n = csr.vertexCount();
        source = new int[sources];
        stimuli = new Stimulus[sources];
        for (int k = 0; k < sources; k++) {
            source[k] = (int) ((k * 2_654_435_761L) % n);
            stimuli[k] = Stimulus.spikes(0, source[k]);
        }
        lanes = new LaneEngine(threads);
        pool = Executors.newFixedThreadPool(threads);
        long a = lanes();
        long b = event();
        long c = primitive();
        if (a != b || a != c) {
            throw new AssertionError("sums differ: lanes " + a + ", event " + b + ", primitive " + c);
        }
        System.out.printf("%n[setup] %s, %s, %d sources: sum of first-spike times %,d by all three%n", graph, metric,
                sources, a);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
    }

    /** All sources in lanes. */
    @Benchmark
    public long lanes() {
        Run[] runs = lanes.run(network, stimuli, stop, Recording.firstSpikeTimes(), 0);
        long sum = 0;
        for (Run r : runs) {
            sum += sumReached(r.firstSpikes());
        }
        return sum;
    }

    /** One event-engine run per source. */
    @Benchmark
    public long event() {
        EventEngine engine = new EventEngine();
        return split(k -> sumReached(engine.run(network, stimuli[k], stop, Recording.firstSpikeTimes(), 0).firstSpikes()));
    }

    /** One primitive Dijkstra (or BFS) per source. */
    @Benchmark
    public long primitive() {
        boolean hops = metric.equals("hops");
        return split(k -> sumReached(hops ? PrimitiveBfs.hops(csr, source[k]) : PrimitiveDijkstra.distances(csr, source[k])));
    }

    /** Sums f over the sources, split into {@code threads} contiguous shares. */
    private long split(IntToLongFunction f) {
        if (threads == 1) {
            long sum = 0;
            for (int k = 0; k < sources; k++) {
                sum += f.applyAsLong(k);
            }
            return sum;
        }
        List<Future<Long>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = sources * t / threads;
            int to = sources * (t + 1) / threads;
            parts.add(pool.submit(() -> {
                long sum = 0;
                for (int k = from; k < to; k++) {
                    sum += f.applyAsLong(k);
                }
                return sum;
            }));
        }
        long sum = 0;
        try {
            for (Future<Long> p : parts) {
                sum += p.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return sum;
    }

    /** The sum of non-negative entries (first-spike times or distances; -1 marks none). */
    private static long sumReached(long[] values) {
        long sum = 0;
        for (long x : values) {
            sum += Math.max(0, x);
        }
        return sum;
    }
}
