package org.spikegraph.bench.jmh;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
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
import org.spikegraph.algorithms.conventional.PrimitiveDijkstra;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.substrate.engine.EventEngine;

/**
 * Single-source shortest paths on a real road network, three ways in the same run on the same graph
 * and source:
 * <ul>
 *   <li>{@code spiking}: compile the wavefront circuit (a new network every time), run it on the
 *       event engine, decode distances and predecessors: the whole pipeline a user pays for;</li>
 *   <li>{@code jgrapht}: JGraphT's {@code DijkstraShortestPath.getPaths(source)} on a JGraphT
 *       pseudograph built once in setup (building it is not timed);</li>
 *   <li>{@code primitive}: our own Dijkstra, an indexed binary heap on {@code int[]} over the CSR.</li>
 * </ul>
 * Setup checks that all three agree on the sum of distances, so the times compare equal answers.
 * Run from the repository root (the graph path is relative to it).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class ShortestPathBenchmark {

    /** The graph file, relative to the repository root. */
    @Param({"../shared/data/road/rome-roads.gr"})
    public String graph;

    /** Source vertex id as in the file. */
    @Param({"1"})
    public long source;

    private CsrGraph csr;
    private int s;
    private Graph<Integer, DefaultWeightedEdge> jgrapht;

    @Setup(Level.Trial)
    public void setUp() {
        csr = GraphLoader.load(Path.of(graph)).graph();
        s = csr.indexOf(source);
        jgrapht = JGraphTGraphs.of(csr);
        long spikingSum = spiking().sumDistance();
        long primitiveSum = 0;
        for (long d : primitive()) {
            primitiveSum += Math.max(0, d);
        }
        double jgraphtSum = 0;
        var paths = jgrapht();
        for (int v = 0; v < csr.vertexCount(); v++) {
            double w = paths.getWeight(v);
            jgraphtSum += w == Double.POSITIVE_INFINITY ? 0 : w;
        }
        if (spikingSum != primitiveSum || spikingSum != (long) jgraphtSum) {
            throw new AssertionError("sums of distances differ: spiking " + spikingSum + ", primitive " + primitiveSum
                    + ", JGraphT " + (long) jgraphtSum);
        }
        System.out.printf("%n[setup] %s from %d: sum of distances %,d by all three%n", graph, source, spikingSum);
    }

    /** Compile + simulate + decode. */
    @Benchmark
    public ShortestPaths spiking() {
        return new ShortestPathCompiler(csr).singleSource(s).run(new EventEngine(), 0).answer();
    }

    /** JGraphT's Dijkstra (pairing heap) on a JGraphT graph. */
    @Benchmark
    public org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths<Integer, DefaultWeightedEdge> jgrapht() {
        return new DijkstraShortestPath<>(jgrapht).getPaths(s);
    }

    /** Dijkstra with a binary heap on int[] over the CSR. */
    @Benchmark
    public long[] primitive() {
        return PrimitiveDijkstra.distances(csr, s);
    }
}
