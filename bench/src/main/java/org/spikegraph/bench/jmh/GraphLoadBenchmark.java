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
import org.openjdk.jmh.annotations.Warmup;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.LoadOptions;

/**
 * How fast a DIMACS file streams into the CSR: time to load rome-roads.gr (516,386 arcs) without its
 * coordinates, and with them (rome-roads.co, 234,496 vertices). Arcs per second = arcs / time (printed at setup). Baseline in the same run: reading
 * the same bytes and counting lines, the floor any parser stands on. Target: &ge; 2 million arcs/s.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class GraphLoadBenchmark {

    /** The graph file, relative to the repository root. */
    @Param({"../shared/data/road/rome-roads.gr"})
    public String graph;

    private Path file;

    @Setup(Level.Trial)
    public void setUp() {
        file = Path.of(graph);
        CsrGraph g = load();
        if (g.arcCount() != 516_386 && graph.endsWith("rome-roads.gr")) {
            throw new AssertionError("rome-roads.gr has 516,386 arcs, loaded " + g.arcCount());
        }
        System.out.printf("%n[setup] %s: %,d vertices, %,d arcs%n", graph, g.vertexCount(), g.arcCount());
    }

    /** Parse the file into the CSR (no coordinates). */
    @Benchmark
    public CsrGraph load() {
        return GraphLoader.load(file, null, new LoadOptions(false, false)).graph();
    }

    /** Parse the file and its {@code .co} coordinates, as {@code solve} and WarmSolveTimes load it. */
    @Benchmark
    public CsrGraph loadWithCoordinates() {
        return GraphLoader.load(file, null, LoadOptions.DEFAULT).graph();
    }

    /** Baseline: read the bytes and count newlines. */
    @Benchmark
    public long readLines() throws java.io.IOException {
        long lines = 0;
        byte[] buf = new byte[1 << 16];
        try (var in = java.nio.file.Files.newInputStream(file)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                for (int i = 0; i < r; i++) {
                    lines += buf[i] == '\n' ? 1 : 0;
                }
            }
        }
        return lines;
    }
}
