package org.spikegraph.bench.problem;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.PathReadout;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.algorithms.validation.DistancesValidator;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.Method;
import picocli.CommandLine.Option;

/**
 * A test-only problem, registered only in the test class path's {@code META-INF/services}: the
 * out-neighbours of a vertex, as the one-step wavefront. It shows that a spec alone puts a problem
 * under {@code solve}, {@code project} and {@code compare}: no command, registry or harness knows it.
 */
public final class NeighboursSpec implements ProblemSpec<NeighboursSpec.Parameters, ShortestPaths> {

    /** The name it appears under. */
    public static final String NAME = "test-neighbours";

    /** Its one option. */
    public static final class Parameters {
        @Option(names = "--source", paramLabel = "ID", description = "The vertex whose out-neighbours are wanted (default: the first).")
        public String source;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String[] description() {
        return new String[] {"Out-neighbours of a vertex: the hop wavefront stopped after one step (test only)."};
    }

    @Override
    public Parameters parameters() {
        return new Parameters();
    }

    @Override
    public boolean sourced() {
        return true;
    }

    @Override
    public int source(CsrGraph graph, Parameters p) {
        if (graph.vertexCount() == 0) {
            throw InputException.noVertices();
        }
        return p.source == null ? 0 : InputException.vertex(graph, p.source, "--source");
    }

    @Override
    public Size size(CsrGraph graph, Parameters p) {
        return new Size(graph.vertexCount(), graph.arcCount());
    }

    @Override
    public Program<ShortestPaths> compile(CsrGraph graph, Parameters p, int source, long seed) {
        return Program.of(new ShortestPathCompiler(graph, DelayEncoding.hops(), PathReadout.HOST).withinSteps(source, 1));
    }

    @Override
    public Map<String, Object> reportParameters(CsrGraph graph, Parameters p) {
        return ProblemSpec.fields();
    }

    @Override
    public Map<String, Object> summary(ShortestPaths sp, Parameters p) {
        return ProblemSpec.fields("neighbours", sp.reachedCount() - 1);
    }

    @Override
    public Validation validate(ShortestPaths sp, Parameters p) {
        long t0 = System.nanoTime();
        long[] expected = adjacency(sp.graph(), sp.sources()[0]);
        Validation v = DistancesValidator.validate(sp.graph(), hops(sp), expected, "CSR out-arcs");
        return new Validation(v.against(), v.compared(), v.mismatches(), v.examples(), System.nanoTime() - t0);
    }

    @Override
    public void writeAnswer(CsrGraph graph, ShortestPaths sp, Parameters p, PrintWriter out) {
        out.println("# neighbour");
        for (int v = 0; v < graph.vertexCount(); v++) {
            if (sp.reached(v) && sp.distance(v) == 1) {
                out.println(graph.name(v));
            }
        }
    }

    @Override
    public Object fullAnswer(CsrGraph graph, ShortestPaths sp, Parameters p) {
        int[] neighbours = java.util.stream.IntStream.range(0, graph.vertexCount())
                .filter(v -> sp.reached(v) && sp.distance(v) == 1).toArray();
        return AnswerColumns.answer("vertices", AnswerColumns.of(neighbours.length)
                .add("id", i -> AnswerColumns.id(graph, neighbours[i])));
    }

    @Override
    public Baselines<ShortestPaths, long[]> baselines(CsrGraph graph, Parameters p) {
        Graph<Integer, DefaultWeightedEdge> jgrapht = JGraphTGraphs.of(graph);
        return new Baselines<>() {
            @Override
            public String against() {
                return "JGraphT Graphs.successorListOf";
            }

            @Override
            public String spikingMeasures() {
                return "compile a one-step wavefront + simulate (event engine) + decode";
            }

            @Override
            public List<Method<long[]>> methods() {
                return List.of(Method.of("jgrapht", "JGraphT Graphs.successorListOf", s -> {
                    long[] d = new long[graph.vertexCount()];
                    Arrays.fill(d, DistancesValidator.UNREACHED);
                    for (int v : Graphs.successorListOf(jgrapht, s)) {
                        d[v] = 1;
                    }
                    d[s] = 0;
                    return Method.Solved.<long[]>of(() -> d);
                }), Method.of("primitive", "a scan of the source's CSR arcs", s -> {
                    long[] d = adjacency(graph, s);
                    return Method.Solved.<long[]>of(() -> d);
                }));
            }

            @Override
            public long[] form(ShortestPaths answer) {
                return hops(answer);
            }

            @Override
            public Validation check(long[] answer, long[] expected) {
                return DistancesValidator.validate(graph, answer, expected, against());
            }
        };
    }

    private static long[] hops(ShortestPaths sp) {
        long[] d = new long[sp.graph().vertexCount()];
        for (int v = 0; v < d.length; v++) {
            d[v] = sp.reached(v) ? sp.distance(v) : DistancesValidator.UNREACHED;
        }
        return d;
    }

    private static long[] adjacency(CsrGraph graph, int source) {
        long[] d = new long[graph.vertexCount()];
        Arrays.fill(d, DistancesValidator.UNREACHED);
        for (int a = graph.outStart(source); a < graph.outEnd(source); a++) {
            d[graph.target(a)] = 1;
        }
        d[source] = 0;
        return d;
    }
}
