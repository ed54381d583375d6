package org.spikegraph.bench.jmh;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.alg.spanning.KruskalMinimumSpanningTree;
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
import org.spikegraph.algorithms.components.ComponentsCompiler;
import org.spikegraph.algorithms.dag.LongestPathCompiler;
import org.spikegraph.algorithms.flow.MaxFlowCompiler;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.spanningtree.SpanningForestCompiler;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.MaxFlowValidator;
import org.spikegraph.substrate.engine.EventEngine;

/**
 * The problems of issue 6 on one real graph, rome99.gr (3,353 vertices, 8,870 arcs), each spiking
 * (compile + every run + decode, event engine) against JGraphT's algorithm on a JGraphT graph built
 * once in setup, in the same JMH run:
 * <ul>
 *   <li>{@code problem=weak}: weakly connected components vs {@code ConnectivityInspector} (on the
 *       undirected view);</li>
 *   <li>{@code strong}: strongly connected components vs {@code KosarajuStrongConnectivityInspector};</li>
 *   <li>{@code mst}: minimum spanning tree of the undirected view vs {@code KruskalMinimumSpanningTree};</li>
 *   <li>{@code maxflow}: maximum flow from vertex 1 to 3353 vs {@code EdmondsKarpMFImpl} (on the
 *       equivalent simple graph, see {@code MaxFlowValidator.reference});</li>
 *   <li>{@code cycle}: the DAG longest-path circuit, which on rome99 finds a cycle, vs JGraphT's
 *       {@code CycleDetector}.</li>
 * </ul>
 * Setup checks that both sides give the same figure (components, weight, flow value, "has a cycle").
 * Run from the repository root.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class GraphProblemsBenchmark {

    /** The graph file, relative to the repository root. */
    @Param({"../shared/data/road/rome99.gr"})
    public String graph;

    /** The problem. */
    @Param({"weak", "strong", "mst", "maxflow", "cycle"})
    public String problem;

    private CsrGraph csr;
    private Graph<Integer, DefaultWeightedEdge> directed;
    private Graph<Integer, DefaultWeightedEdge> undirected;
    private Graph<Integer, DefaultWeightedEdge> simple;
    private int source;
    private int sink;

    @Setup(Level.Trial)
    public void setUp() {
        csr = GraphLoader.load(Path.of(graph)).graph();
        directed = JGraphTGraphs.of(csr);
        undirected = JGraphTGraphs.of(csr.undirectedView());
        simple = MaxFlowValidator.reference(csr);
        source = csr.indexOf(1);
        sink = csr.indexOf(csr.vertexCount());
        double spiking = spiking();
        double jgrapht = jgrapht();
        if (spiking != jgrapht) {
            throw new AssertionError(problem + ": spiking gives " + spiking + ", JGraphT " + jgrapht);
        }
        System.out.printf("%n[setup] %s %s: %s by both%n", graph, problem, spiking);
    }

    /** The spiking answer's headline figure: compile, every run, decode. */
    @Benchmark
    public double spiking() {
        EventEngine engine = new EventEngine();
        return switch (problem) {
            case "weak" -> ComponentsCompiler.connected(csr).solve(engine, 0).count();
            case "strong" -> ComponentsCompiler.strong(csr).solve(engine, 0).count();
            case "mst" -> new SpanningForestCompiler(csr).solve(engine, 0).weight();
            case "maxflow" -> new MaxFlowCompiler(csr, source, sink).solve(engine, 0).value();
            case "cycle" -> new LongestPathCompiler(csr).circuit().run(engine, 0).answer().acyclic() ? 0 : 1;
            default -> throw new IllegalArgumentException(problem);
        };
    }

    /** JGraphT's answer to the same question. */
    @Benchmark
    public double jgrapht() {
        return switch (problem) {
            case "weak" -> new ConnectivityInspector<>(undirected).connectedSets().size();
            case "strong" -> new KosarajuStrongConnectivityInspector<>(directed).stronglyConnectedSets().size();
            case "mst" -> new KruskalMinimumSpanningTree<>(undirected).getSpanningTree().getWeight();
            case "maxflow" -> new EdmondsKarpMFImpl<>(simple).getMaximumFlowValue(source, sink);
            case "cycle" -> new CycleDetector<>(directed).detectCycles() ? 1 : 0;
            default -> throw new IllegalArgumentException(problem);
        };
    }
}
