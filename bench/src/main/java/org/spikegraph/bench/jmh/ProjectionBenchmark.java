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
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.hardware.ChipRun;
import org.spikegraph.hardware.Projector;
import org.spikegraph.hardware.legalize.DelayStrategy;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.hardware.profile.Profiles;
import org.spikegraph.substrate.engine.EventEngine;

/**
 * How long projecting SSSP on rome-roads.gr onto a chip takes: legalize (tapped delay lines), place,
 * run the legal network and account every step and core. Baseline in the same run: the plain
 * simulation of the original circuit on the event engine ({@code simulate}). Setup checks, per
 * chip, that the legal network decodes to the original sum of distances.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@State(Scope.Benchmark)
public class ProjectionBenchmark {

    /** The graph file, relative to the repository root. */
    @Param({"../shared/data/road/rome-roads.gr"})
    public String graph;

    /** The chip. */
    @Param({"loihi", "loihi2", "truenorth", "spinnaker", "spinnaker2"})
    public String chip;

    private Circuit<ShortestPaths> circuit;
    private HardwareProfile profile;

    @Setup(Level.Trial)
    public void setUp() {
        circuit = new ShortestPathCompiler(GraphLoader.load(Path.of(graph)).graph()).singleSource(0);
        profile = Profiles.byName(chip);
        long expected = circuit.run(new EventEngine(), 0).answer().sumDistance();
        ChipRun<ShortestPaths> r = project();
        long got = r.answer().sumDistance();
        if (got != expected) {
            throw new AssertionError(chip + ": legal network decodes to " + got + ", original " + expected);
        }
        System.out.printf("%n[setup] %s on %s: %,d neurons after legalization, %.3g s, %.3g J projected%n", graph, chip,
                r.networks().get(0).legalized().network().neuronCount(), r.projection().seconds(), r.projection().joules());
    }

    /** Legalize + place + run + account. */
    @Benchmark
    public ChipRun<ShortestPaths> project() {
        return Projector.project(circuit, profile, DelayStrategy.TAPPED_LINES, 0);
    }

    /** Baseline: simulate the original circuit. */
    @Benchmark
    public ShortestPaths simulate() {
        return circuit.run(new EventEngine(), 0).answer();
    }
}
