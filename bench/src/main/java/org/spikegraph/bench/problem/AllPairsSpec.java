package org.spikegraph.bench.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.allpairs.DistanceSummary;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.conventional.PrimitiveAllSourcesDijkstra;
import org.spikegraph.algorithms.conventional.PrimitiveMsBfs;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.Method;
import picocli.CommandLine.Option;

/**
 * The all-sources family ({@code eccentricity}, {@code closeness}, {@code apsp}): the shortest-path
 * wavefront run from every vertex ({@link AllSourcesProgram}: n runs of one network, as lanes of the
 * lane engine on the CPU, as n separate runs on a chip), its rows folded into the spec's answer.
 * Distances are the graph's integer weights, or hop counts with {@code --hops}.
 *
 * @param <A> the answer's value (a {@link DistanceSummary}, a distance matrix)
 */
public abstract class AllPairsSpec<A> implements ProblemSpec<AllPairsSpec.Parameters, AllPairsSpec.Answer<A>> {

    /** The family's options. */
    public static class Parameters {

        @Option(names = "--hops", description = "Hop counts (every arc 1) instead of the graph's integer weights.")
        public boolean hops;

        @Option(names = "--threads", paramLabel = "N", description = "Threads of the lane engine (solve and compare on "
                + "the event engine; batches of 64 sources are fixed, so the answer does not depend on N). Default: the "
                + "available cores.")
        public Integer threads;

        int threadCount() {
            if (threads != null && threads < 1) {
                throw new InputException("--threads must be >= 1, got " + threads);
            }
            return threads != null ? threads : Runtime.getRuntime().availableProcessors();
        }
    }

    /**
     * A spec's answer on its graph.
     *
     * @param graph the graph
     * @param hops  whether distances are hop counts
     * @param value what the rows folded into
     * @param <A>   the value's type
     */
    public record Answer<A>(CsrGraph graph, boolean hops, A value) {}

    /** What one chip or CPU run of the family costs, said in every description. */
    static final String RUNS = "One run per source of the same wavefront network (n runs): on the event engine (the "
            + "default) solve and compare pack 64 sources into the bits of a word on the lane engine (bit-exact with the "
            + "event engine's run of each source; --threads N); --engine reference runs them one at a time; --hardware "
            + "costs them as n separate runs of the network, legalized and placed once (a chip gets no lanes for free).";

    /** Bytes per vertex and lane a batch of the lane engine holds: its first spike (8) and the decoded row (8). */
    private static final long LANE_BYTES = 16;

    @Override
    public Parameters parameters() {
        return new Parameters();
    }

    @Override
    public void useThreads(Parameters p, int threads) {
        p.threads = threads;
    }

    /** The rows' fold for this spec and parameters, fresh per execution. */
    abstract AllSourcesProgram.Rows<A> rows(CsrGraph graph, Parameters p);

    /**
     * One latch per vertex, one synapse per arc (both ways of an undirected edge); refuses, before any
     * work, lane batches (64 sources x n first spikes and decoded distances per thread, twice over while
     * an in-order output waits) that would not fit in the free heap.
     */
    @Override
    public Size size(CsrGraph graph, Parameters p) {
        long n = graph.vertexCount();
        int threads = p.threadCount();
        long need = 2L * threads * org.spikegraph.substrate.engine.LaneEngine.LANES * n * LANE_BYTES;
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (need > free / 2) {
            throw InputException.aboutGraph(name -> String.format("%s: the lane engine's batches (%d thread(s) x 64 "
                    + "sources x %,d vertices) need about %,d MiB, more than half of this JVM's %,d MiB free: lower "
                    + "--threads, or raise the heap, e.g. SPIKEGRAPH_JAVA_OPTS=-Xmx%dg", name, threads, n, need >> 20,
                    free >> 20, Math.max(2, (need >> 30) * 2 + 2)));
        }
        return new Size(graph.vertexCount(), graph.arcCount());
    }

    @Override
    public Program<Answer<A>> compile(CsrGraph graph, Parameters p, int source, long seed) {
        if (graph.vertexCount() == 0) {
            throw InputException.noVertices();
        }
        DelayEncoding encoding = p.hops ? DelayEncoding.hops() : DelayEncoding.choose(graph, null);
        boolean hops = p.hops;
        return AllSourcesProgram.of(name(), graph, encoding, () -> rows(graph, p), p.threadCount())
                .map(v -> new Answer<>(graph, hops, v));
    }

    @Override
    public Map<String, Object> reportParameters(CsrGraph graph, Parameters p) {
        return ProblemSpec.fields("distances", p.hops ? "hops" : "weights");
    }

    /**
     * Whether every distance is a hop count: {@code --hops}, or every arc weighs 1. Then the strongest
     * primitive baseline is the multi-source BFS, not Dijkstra.
     */
    static boolean hopDistances(CsrGraph graph, Parameters p) {
        if (p.hops || !graph.weighted()) {
            return true;
        }
        for (int a = 0; a < graph.arcCount(); a++) {
            if (graph.weight(a) != 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * The primitive baseline of a spec whose answer folds a {@link DistanceSummary}: the MS-BFS summary
     * for hop distances ({@link #hopDistances}), else the all-sources Dijkstra, on the spec's threads; the
     * answer is put in the compared form by {@code form} when asked.
     */
    static <R> Method<R> primitiveSummary(CsrGraph graph, Parameters p, Function<DistanceSummary, R> form) {
        boolean hops = hopDistances(graph, p);
        int threads = p.threadCount();
        String what = hops ? "PrimitiveMsBfs (" + PrimitiveMsBfs.SUMMARY_BATCH + " sources per batch in four words per "
                + "vertex, Then et al. 2015)" : "PrimitiveAllSourcesDijkstra";
        return Method.of("primitive", what + " on " + threads + " thread(s), rows folded into a DistanceSummary", s -> {
            DistanceSummary d = hops ? PrimitiveMsBfs.summary(graph, threads)
                    : PrimitiveAllSourcesDijkstra.summary(graph, threads);
            return Method.Solved.of(() -> form.apply(d)); // the form is computed when asked, untimed, as the other sides
        });
    }

    /** What compare times on the spiking side of this family, ending with how the rows are used. */
    static String spikingMeasures(int threads, String rowsUse) {
        return "compile the wavefront + n runs as lanes of the lane engine (64 sources per word, bit-exact with the event "
                + "engine, " + threads + " thread(s)) + " + rowsUse;
    }

    /** The JGraphT graph of the reference: the graph's weights, or every weight 1 for hop counts. */
    static Graph<Integer, DefaultWeightedEdge> jgrapht(CsrGraph graph, boolean hops) {
        Graph<Integer, DefaultWeightedEdge> g = JGraphTGraphs.of(graph);
        if (hops) {
            for (DefaultWeightedEdge e : g.edgeSet()) {
                g.setEdgeWeight(e, 1.0);
            }
        }
        return g;
    }

    /**
     * The sources folded into a {@link DistanceSummary} (JGraphT's definitions): rows, or counts of
     * vertices per distance where the lane engine records them ({@link DistanceSummary.Accumulator}).
     */
    static final class SummaryRows implements AllSourcesProgram.Rows<DistanceSummary> {
        private final DistanceSummary.Accumulator acc;

        SummaryRows(int n) {
            acc = new DistanceSummary.Accumulator(n);
        }

        @Override
        public void add(int s, long[] d) {
            acc.add(s, d);
        }

        @Override
        public boolean takesCounts() {
            return true;
        }

        @Override
        public void addCounts(int s, long[] atDistance) {
            acc.addCounts(s, atDistance);
        }

        @Override
        public DistanceSummary finish() {
            return acc.finish();
        }
    }

    /**
     * Compares scores vertex by vertex: equal, both NaN, or within a relative 1e-12 (a sum of reciprocals
     * in another order may differ in the last bits); {@code label} names entry i in a mismatch's example.
     */
    static Validation compareScores(double[] answer, double[] expected, String against, IntFunction<String> label,
                                    long referenceNanos) {
        if (answer.length != expected.length) {
            throw new IllegalArgumentException("scores of " + answer.length + " and " + expected.length + " entries");
        }
        long compared = 0;
        long mismatches = 0;
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < answer.length; i++) {
            compared++;
            double a = answer[i];
            double e = expected[i];
            boolean ok = a == e || Double.isNaN(a) && Double.isNaN(e)
                    || Math.abs(a - e) <= 1e-12 * Math.max(Math.abs(a), Math.abs(e));
            if (!ok) {
                mismatches++;
                if (examples.size() < Validation.MAX_EXAMPLES) {
                    examples.add(label.apply(i) + ": " + against + " " + e
                            + ", this method " + a);
                }
            }
        }
        return new Validation(against, compared, mismatches, List.copyOf(examples), referenceNanos);
    }

    /** Times {@code reference}, returning its value and nanoseconds. */
    static <T> Timed<T> timed(Supplier<T> reference) {
        long t0 = System.nanoTime();
        T v = reference.get();
        return new Timed<>(v, System.nanoTime() - t0);
    }

    /** A value and the time it took. */
    record Timed<T>(T value, long nanos) {}
}
