package org.spikegraph.bench.jmh;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import org.spikegraph.substrate.engine.LaneEngine;

/**
 * Hop closeness of every vertex (all sources), five ways in the same run ({@link ClosenessMethods}):
 * {@code lanes} ({@link LaneEngine}, 64 sources per word, batches on {@code threads} threads),
 * {@code event} (the event engine one source at a time, the sources split over {@code threads}),
 * {@code jgrapht} (JGraphT's {@code ClosenessCentrality}, single-threaded), {@code msBfs} (the
 * primitive multi-source BFS) and {@code dijkstra} (the primitive all-sources Dijkstra). Setup checks
 * that all five give the same sum of closeness scores, and all but JGraphT the same sums of farness
 * and harmonic centrality (CA-GrQc is disconnected: every closeness is 0 by JGraphT's definition). On a loaded machine prefer
 * {@link LaneInterleaved}'s thread CPU times. Run from the repository root:
 * {@code java -jar bench/target/benchmarks.jar LaneBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class LaneBenchmark {

    /** The graph file, relative to the repository root. */
    @Param({"../shared/data/snap/CA-GrQc.txt", "../shared/data/snap/Wiki-Vote.txt"})
    public String graph;

    /** Threads for all but JGraphT. */
    @Param({"1", "2"})
    public int threads;

    private ClosenessMethods methods;

    @Setup(Level.Trial)
    public void setUp() {
        methods = new ClosenessMethods(Path.of(graph), threads);
        double lanes = methods.lanes();
        double check = methods.check;
        for (int i = 1; i < ClosenessMethods.NAMES.length; i++) {
            double other = methods.run(i);
            if (other != lanes) {
                throw new AssertionError("sums of closeness differ: lanes " + lanes + ", " + ClosenessMethods.NAMES[i] + " " + other);
            }
            if (!ClosenessMethods.NAMES[i].equals("jgrapht") && Math.abs(methods.check - check) > 1e-12 * Math.abs(check)) {
                throw new AssertionError("sums of farness and harmonic centrality differ: lanes " + check + ", "
                        + ClosenessMethods.NAMES[i] + " " + methods.check);
            }
        }
        System.out.printf("%n[setup] %s: sum of closeness %s by all five; farness + harmonic %s by all but JGraphT%n",
                graph, lanes, check);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        methods.close();
    }

    @Benchmark
    public double lanes() {
        return methods.lanes();
    }

    @Benchmark
    public double event() {
        return methods.event();
    }

    @Benchmark
    public double jgrapht() {
        return methods.jgrapht();
    }

    @Benchmark
    public double msBfs() {
        return methods.msBfs();
    }

    @Benchmark
    public double dijkstra() {
        return methods.dijkstra();
    }
}
