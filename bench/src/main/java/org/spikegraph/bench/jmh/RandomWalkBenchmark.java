package org.spikegraph.bench.jmh;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.spikegraph.algorithms.circuit.Outcome;
import org.spikegraph.algorithms.conventional.MonteCarloPageRank;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.randomwalk.PageRankCompiler;
import org.spikegraph.algorithms.randomwalk.PageRankEstimate;
import org.spikegraph.algorithms.validation.PageRankValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Engine;

/**
 * Walker steps per second: PageRank's Monte Carlo end-point estimator (d = 0.85, the same walkers
 * started at every vertex) walked by spikes through the {@link PageRankCompiler} circuit on the event
 * engine, against the same estimator walked by a plain Java loop ({@link MonteCarloPageRank}), on the
 * same graph with the same number of walkers, in the same JMH run.
 *
 * <p>Score: walks per second (one op = all walkers of one run); {@code walkerSteps}, an
 * {@link AuxCounters} counter, gives graph steps per second: for the circuit the entries' spikes minus
 * the starts (a walker entering a vertex), for the loop the arcs followed and jumps made. The spiking
 * run reuses the compiled circuit (compiling is a one-time cost, reported by setup) and includes the
 * decode. Setup checks both answers against JGraphT's PageRank (every vertex within its Chernoff
 * interval, &delta; = 10^-3 in all; the loop's without a rounding term, it has none) and fails the run if
 * either is wrong.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RandomWalkBenchmark {

    /** The graph, the compiled circuit and its expected step count. */
    @State(Scope.Benchmark)
    public static class Data {
        /** A graph under {@code ../shared/data}. */
        @Param({"snap/email-Eu-core.txt"})
        public String graph;

        /** Walkers started at every vertex. */
        @Param({"100"})
        public int walkersPerVertex;

        CsrGraph g;
        Circuit<PageRankEstimate> circuit;
        Engine engine;
        long seed;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            g = GraphLoader.load(Path.of("..", "shared", "data").resolve(graph)).graph();
            long t0 = System.nanoTime();
            circuit = new PageRankCompiler(g, 0.85).walks(walkersPerVertex);
            long compile = System.nanoTime() - t0;
            engine = new EventEngine();
            PageRankEstimate e = circuit.run(engine, 1).answer();
            Validation v = PageRankValidator.validate(e, 1e-3);
            if (!v.agrees()) {
                throw new IllegalStateException("spiking PageRank disagrees: " + v);
            }
            MonteCarloPageRank.Result r = MonteCarloPageRank.run(g, 0.85, walkersPerVertex, 1);
            Validation w = PageRankValidator.validate(PageRankEstimate.fromEnds(g, 0.85, r.ends()), 1e-3);
            if (!w.agrees()) {
                throw new IllegalStateException("plain-loop PageRank disagrees: " + w);
            }
            System.out.printf("%nRandomWalkBenchmark: %s, %,d walkers; circuit of %,d neurons compiled in %.1f ms; both agree with "
                    + "JGraphT PageRank%n", graph, e.walkers(), circuit.network().neuronCount(), compile / 1e6);
        }
    }

    /** Graph steps taken by all walkers, reported as a rate next to the primary score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Steps {
        /** Walker graph steps. */
        public long walkerSteps;

        @Setup(Level.Iteration)
        public void clear() {
            walkerSteps = 0;
        }
    }

    /** All walkers of one run through the spiking circuit. */
    @Benchmark
    public PageRankEstimate spiking(Data d, Steps steps) {
        Outcome<PageRankEstimate> o = d.circuit.run(d.engine, d.seed++);
        PageRankEstimate e = o.answer();
        long visits = 0;
        for (int v = 0; v < d.g.vertexCount(); v++) {
            visits += e.visits(v);
        }
        steps.walkerSteps += visits - e.walkers();
        return e;
    }

    /** All walkers of one run through the plain loop. */
    @Benchmark
    public MonteCarloPageRank.Result plainLoop(Data d, Steps steps) {
        MonteCarloPageRank.Result r = MonteCarloPageRank.run(d.g, 0.85, d.walkersPerVertex, d.seed++);
        steps.walkerSteps += r.walkerSteps();
        return r;
    }
}
