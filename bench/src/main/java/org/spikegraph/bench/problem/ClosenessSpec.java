package org.spikegraph.bench.problem;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.allpairs.DistanceSummary;
import org.spikegraph.algorithms.conventional.PrimitiveAllSourcesDijkstra;
import org.spikegraph.algorithms.conventional.PrimitiveMsBfs;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.Method;

/**
 * {@code closeness}: closeness and harmonic centrality of every vertex from the distances of all
 * sources ({@link AllSourcesProgram}), out-going paths, normalized, as JGraphT's
 * {@link ClosenessCentrality} and {@link HarmonicCentrality} define them, and checked against them.
 */
public final class ClosenessSpec extends AllPairsSpec<DistanceSummary> {


    @Override
    public String name() {
        return "closeness";
    }

    @Override
    public String[] description() {
        return new String[] {"Closeness and harmonic centrality of every vertex (JGraphT's definitions: out-going paths, "
                + "normalized by n - 1; closeness 0 for a vertex that does not reach all) from the delay-coded wavefront "
                + "run from every vertex (multi-source BFS in the bits of a word, Then et al. 2015).", RUNS,
                "--output writes vertex, closeness and harmonic centrality."};
    }

    @Override
    AllSourcesProgram.Rows<DistanceSummary> rows(CsrGraph graph, Parameters p) {
        return new SummaryRows(graph.vertexCount());
    }

    @Override
    public Map<String, Object> summary(Answer<DistanceSummary> a, Parameters p) {
        DistanceSummary s = a.value();
        int n = s.vertexCount();
        int best = 0;
        int bestHarmonic = 0;
        double sum = 0;
        for (int v = 0; v < n; v++) {
            sum += s.closeness(v);
            best = s.closeness(v) > s.closeness(best) ? v : best;
            bestHarmonic = s.harmonic(v) > s.harmonic(bestHarmonic) ? v : bestHarmonic;
        }
        return ProblemSpec.fields("maxCloseness", s.closeness(best), "maxClosenessVertex", a.graph().name(best),
                "meanCloseness", sum / n, "maxHarmonic", s.harmonic(bestHarmonic),
                "maxHarmonicVertex", a.graph().name(bestHarmonic));
    }

    @Override
    public Validation validate(Answer<DistanceSummary> a, Parameters p) {
        CsrGraph graph = a.graph();
        Graph<Integer, DefaultWeightedEdge> g = jgrapht(graph, a.hops());
        Timed<double[]> ref = timed(() -> reference(g, graph.vertexCount()));
        return compareScores(scores(a.value()), ref.value(), against(), label(graph), ref.nanos());
    }

    /** Entry i of {@link #scores}: "vertex 7 closeness" or "vertex 7 harmonic". */
    private static java.util.function.IntFunction<String> label(CsrGraph graph) {
        int n = graph.vertexCount();
        return i -> "vertex " + graph.name(i % n) + (i < n ? " closeness" : " harmonic");
    }

    private static String against() {
        return "JGraphT ClosenessCentrality + HarmonicCentrality";
    }

    /** Closeness of every vertex, then harmonic centrality of every vertex. */
    static double[] scores(DistanceSummary s) {
        int n = s.vertexCount();
        double[] out = new double[2 * n];
        for (int v = 0; v < n; v++) {
            out[v] = s.closeness(v);
            out[n + v] = s.harmonic(v);
        }
        return out;
    }

    private static double[] reference(Graph<Integer, DefaultWeightedEdge> g, int n) {
        Map<Integer, Double> c = new ClosenessCentrality<>(g, false, true).getScores();
        Map<Integer, Double> h = new HarmonicCentrality<>(g, false, true).getScores();
        double[] out = new double[2 * n];
        for (int v = 0; v < n; v++) {
            out[v] = c.get(v);
            out[n + v] = h.get(v);
        }
        return out;
    }

    @Override
    public void writeAnswer(CsrGraph graph, Answer<DistanceSummary> a, Parameters p, PrintWriter out) {
        out.println("# vertex\tcloseness\tharmonic");
        for (int v = 0; v < graph.vertexCount(); v++) {
            out.println(graph.name(v) + "\t" + a.value().closeness(v) + "\t" + a.value().harmonic(v));
        }
    }

    /** Per vertex: closeness and harmonic centrality (null where a score is not a number). */
    @Override
    public Object fullAnswer(CsrGraph graph, Answer<DistanceSummary> a, Parameters p) {
        DistanceSummary s = a.value();
        return AnswerColumns.answer("vertices", AnswerColumns.vertices(graph)
                .add("closeness", v -> AnswerColumns.finite(s.closeness(v)))
                .add("harmonic", v -> AnswerColumns.finite(s.harmonic(v))));
    }

    @Override
    public Baselines<Answer<DistanceSummary>, double[]> baselines(CsrGraph graph, Parameters p) {
        Graph<Integer, DefaultWeightedEdge> g = jgrapht(graph, p.hops);
        int n = graph.vertexCount();
        return new Baselines<>() {
            @Override
            public String against() {
                return ClosenessSpec.against();
            }

            @Override
            public List<Method<double[]>> methods() {
                return List.of(
                        Method.of("jgrapht", "JGraphT ClosenessCentrality + HarmonicCentrality getScores (JGraphT graph "
                                + "built once, not timed)", s -> {
                                    double[] r = reference(g, n);
                                    return Method.Solved.of(() -> r);
                                }),
                        Method.of("primitive", (p.hops ? "PrimitiveMsBfs (64 sources per word, Then et al. 2015)"
                                : "PrimitiveAllSourcesDijkstra") + " on " + p.threadCount() + " thread(s), rows folded "
                                + "into a DistanceSummary", s -> {
                                    DistanceSummary d = p.hops ? PrimitiveMsBfs.summary(graph, p.threadCount())
                                            : PrimitiveAllSourcesDijkstra.summary(graph, p.threadCount());
                                    return Method.Solved.of(() -> scores(d));
                                }));
            }

            @Override
            public String spikingMeasures() {
                return "compile the wavefront + n runs as lanes of the lane engine (64 sources per word, bit-exact with "
                        + "the event engine, " + p.threadCount() + " thread(s)) + fold the rows";
            }

            @Override
            public double[] form(Answer<DistanceSummary> answer) {
                return scores(answer.value());
            }

            @Override
            public Validation check(double[] answer, double[] expected) {
                return compareScores(answer, expected, against(), label(graph), 0);
            }
        };
    }
}
