package org.spikegraph.bench.problem;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.export.Readout;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.HopBoundedCompiler;
import org.spikegraph.algorithms.shortestpath.HopBoundedPaths;
import org.spikegraph.algorithms.validation.HopBoundedValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.cli.Numbers;
import org.spikegraph.bench.compare.Method;
import picocli.CommandLine.Option;

/** {@code hop-bounded}: shortest paths of at most k arcs, by a layered circuit. */
public final class HopBoundedSpec implements ProblemSpec<HopBoundedSpec.Parameters, HopBoundedPaths> {

    /** Hops {@code compare} runs with. */
    static final int COMPARE_HOPS = 4;

    /** The options of {@code solve hop-bounded}. */
    public static final class Parameters {

        @Option(names = "--source", paramLabel = "ID", description = "Source vertex id as written in the file (default: the first vertex).")
        public String source;

        @Option(names = {"-k", "--hops"}, required = true, paramLabel = "K", converter = Numbers.NonNegativeInt.class,
                description = "Largest number of arcs per path.")
        public int k;
    }

    @Override
    public String name() {
        return "hop-bounded";
    }

    @Override
    public String[] description() {
        return new String[] {"Shortest paths using at most k arcs: k+1 layers of vertex neurons (Aimone et al., SPAA 2020)."};
    }

    @Override
    public Parameters parameters() {
        return new Parameters();
    }

    @Override
    public Parameters compareParameters(CsrGraph graph) {
        Parameters p = new Parameters();
        p.k = COMPARE_HOPS;
        return p;
    }

    @Override
    public boolean sourced() {
        return true;
    }

    @Override
    public int source(CsrGraph graph, Parameters p) {
        return p.source == null ? 0 : InputException.vertex(graph, p.source, "--source");
    }

    @Override
    public Size size(CsrGraph graph, Parameters p) {
        long n = graph.vertexCount();
        long m = graph.arcCount();
        return new Size((p.k + 1L) * n, (long) p.k * (n + m));
    }

    @Override
    public Program<HopBoundedPaths> compile(CsrGraph graph, Parameters p, int source, long seed) {
        return Program.of(new HopBoundedCompiler(graph).compile(source, p.k));
    }

    /** The distances of at most k arcs: layer k's neurons ({@link Readout#hopBounded}). */
    @Override
    public Readout readout(CsrGraph graph, Parameters p, Circuit<?> circuit) {
        return Readout.hopBounded(graph.vertexCount(), p.k);
    }

    @Override
    public Map<String, Object> reportParameters(CsrGraph graph, Parameters p) {
        return ProblemSpec.fields("k", p.k);
    }

    @Override
    public Map<String, Object> summary(HopBoundedPaths a, Parameters p) {
        return ProblemSpec.fields("reachable", a.reachedCount(), "sumDistance", a.sumDistance(), "maxDistance", a.maxDistance());
    }

    @Override
    public Validation validate(HopBoundedPaths answer, Parameters p) {
        return HopBoundedValidator.validate(answer);
    }

    @Override
    public void writeAnswer(CsrGraph g, HopBoundedPaths a, Parameters p, PrintWriter out) {
        CsrGraph graph = a.graph();
        out.println("# vertex\tdistance\tarcs");
        long[] hops = ShortestPathSpec.boundedBfs(graph, a.source(), Long.MAX_VALUE); // -1: no path at all
        for (int v = 0; v < graph.vertexCount(); v++) {
            out.println(graph.name(v) + "\t" + (a.reached(v) ? a.distance(v) + "\t" + a.pathArcs(v).length
                    : (hops[v] < 0 ? "unreachable" : "beyond k = " + p.k) + "\t-"));
        }
    }

    /** Per vertex: the distance of at most k arcs and the arcs of its path, null where unreached. */
    @Override
    public Object fullAnswer(CsrGraph g, HopBoundedPaths a, Parameters p) {
        CsrGraph graph = a.graph();
        return AnswerColumns.answer("vertices", AnswerColumns.vertices(graph)
                .add("distance", v -> a.reached(v) ? a.distance(v) : null)
                .add("arcs", v -> a.reached(v) ? a.pathArcs(v).length : null));
    }

    @Override
    public Baselines<HopBoundedPaths, long[]> baselines(CsrGraph graph, Parameters p) {
        String against = "exact hop-bounded Bellman-Ford (" + p.k + " rounds)";
        return new LongDistances<>(graph, against,
                "compile a new layered circuit of k+1 copies + simulate (event engine) + decode distances and paths",
                List.of(Method.of("reference", "HopBoundedValidator.distances: k rounds of Bellman-Ford, a new long[] per round",
                                s -> {
                                    long[] d = HopBoundedValidator.distances(graph, s, p.k);
                                    return Method.Solved.<long[]>of(() -> d);
                                }),
                        Method.of("primitive", "k rounds of Bellman-Ford over the CSR arrays, two long[] swapped, "
                                + "only the vertices changed in the last round relaxed", s -> {
                            long[] d = bellmanFord(graph, s, p.k);
                            return Method.Solved.<long[]>of(() -> d);
                        })),
                a -> {
                    long[] d = new long[graph.vertexCount()];
                    for (int v = 0; v < d.length; v++) {
                        d[v] = a.reached(v) ? a.distance(v) : -1;
                    }
                    return d;
                }, "distance");
    }

    /** Lightest weights of paths of at most {@code k} arcs from {@code source} (-1 where none). */
    static long[] bellmanFord(CsrGraph graph, int source, int k) {
        int n = graph.vertexCount();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        long[] weights = new long[graph.arcCount()];
        for (int a = 0; a < weights.length; a++) {
            weights[a] = graph.weighted() ? (long) graph.weight(a) : 1;
        }
        long[] d = new long[n];
        Arrays.fill(d, Long.MAX_VALUE);
        d[source] = 0;
        long[] next = d.clone();
        boolean[] changed = new boolean[n];
        changed[source] = true;
        boolean[] changedNext = new boolean[n];
        for (int h = 1; h <= k; h++) {
            boolean any = false;
            for (int u = 0; u < n; u++) {
                if (!changed[u]) {
                    continue;
                }
                for (int a = offsets[u]; a < offsets[u + 1]; a++) {
                    int v = targets[a];
                    long w = d[u] + weights[a];
                    if (w < next[v]) {
                        next[v] = w;
                        changedNext[v] = true;
                        any = true;
                    }
                }
            }
            System.arraycopy(next, 0, d, 0, n);
            boolean[] t = changed;
            changed = changedNext;
            changedNext = t;
            Arrays.fill(changedNext, false);
            if (!any) {
                break;
            }
        }
        for (int v = 0; v < n; v++) {
            d[v] = d[v] == Long.MAX_VALUE ? -1 : d[v];
        }
        return d;
    }
}
