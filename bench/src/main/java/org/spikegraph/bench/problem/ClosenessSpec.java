package org.spikegraph.bench.problem;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.allpairs.DistanceSummary;
import org.spikegraph.algorithms.circuit.Program;
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
    public ComponentParameters parameters() {
        return new ComponentParameters();
    }

    /** Compiles on the largest component with {@code --largest-component}, else on the whole graph. */
    @Override
    public Program<Answer<DistanceSummary>> compile(CsrGraph graph, Parameters p, int source, long seed) {
        return super.compile(ComponentParameters.solvedOn(graph, p), p, source, seed);
    }

    @Override
    public String[] description() {
        return new String[] {"Closeness and harmonic centrality of every vertex (JGraphT's definitions: out-going paths, "
                + "normalized by n - 1; closeness 0 for a vertex that does not reach all) from the delay-coded wavefront "
                + "run from every vertex (multi-source BFS in the bits of a word, Then et al. 2015).", RUNS,
                "--output writes vertex, closeness and harmonic centrality.",
                "On a graph that is not connected (strongly, when directed) every closeness is 0 and the report says so "
                        + "(harmonic centrality still counts what is reached): --largest-component solves on its largest "
                        + "component (the report gives its size; vertex ids stay the file's)."};
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
        Map<String, Object> m = ProblemSpec.fields("maxCloseness", s.closeness(best),
                "maxClosenessVertex", a.graph().name(best), "meanCloseness", sum / n, "maxHarmonic", s.harmonic(bestHarmonic),
                "maxHarmonicVertex", a.graph().name(bestHarmonic));
        m.putAll(ComponentParameters.summaryFields(p));
        if (ComponentParameters.chosen(p) == null) {
            LargestComponent all = LargestComponent.of(a.graph());
            if (!all.isWhole()) {
                m.putAll(ProblemSpec.fields("components", all.components(), "largestComponent",
                        all.vertices().length, "note", String.format("the graph is not %s (%,d components, the largest "
                                + "of %,d vertices), so a vertex that does not reach every other has closeness 0; "
                                + "--largest-component solves on the largest", all.kind(), all.components(),
                                all.vertices().length)));
            }
        }
        return m;
    }

    @Override
    public Validation validate(Answer<DistanceSummary> a, Parameters p) {
        CsrGraph graph = a.graph();
        LargestComponent c = ComponentParameters.chosen(p);
        if (c != null) { // JGraphT's own largest component of the whole graph, its vertices in the order of ours
            Graph<Integer, DefaultWeightedEdge> whole = jgrapht(c.whole(), a.hops());
            Timed<double[]> ref = timed(() -> reference(LargestComponent.jgrapht(whole), c.vertices()));
            return compareScores(scores(a.value()), ref.value(), against() + " on the largest " + c.kind() + " component",
                    label(graph), ref.nanos());
        }
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
        int[] all = new int[n];
        java.util.Arrays.setAll(all, v -> v);
        return reference(g, all);
    }

    /** The scores of {@code vertices} (of {@code g}) in that order; NaN for one {@code g} does not hold. */
    private static double[] reference(Graph<Integer, DefaultWeightedEdge> g, int[] vertices) {
        Map<Integer, Double> c = new ClosenessCentrality<>(g, false, true).getScores();
        Map<Integer, Double> h = new HarmonicCentrality<>(g, false, true).getScores();
        int n = vertices.length;
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            out[i] = c.getOrDefault(vertices[i], Double.NaN);
            out[n + i] = h.getOrDefault(vertices[i], Double.NaN);
        }
        return out;
    }

    @Override
    public void writeAnswer(CsrGraph whole, Answer<DistanceSummary> a, Parameters p, PrintWriter out) {
        CsrGraph graph = a.graph(); // the component with --largest-component
        out.println("# vertex\tcloseness\tharmonic");
        for (int v = 0; v < graph.vertexCount(); v++) {
            out.println(graph.name(v) + "\t" + a.value().closeness(v) + "\t" + a.value().harmonic(v));
        }
    }

    /** Per vertex: closeness and harmonic centrality (null where a score is not a number). */
    @Override
    public Object fullAnswer(CsrGraph whole, Answer<DistanceSummary> a, Parameters p) {
        DistanceSummary s = a.value();
        return AnswerColumns.answer("vertices", AnswerColumns.vertices(a.graph())
                .add("closeness", v -> AnswerColumns.finite(s.closeness(v)))
                .add("harmonic", v -> AnswerColumns.finite(s.harmonic(v))));
    }

    @Override
    public Baselines<Answer<DistanceSummary>, double[]> baselines(CsrGraph whole, Parameters p) {
        CsrGraph graph = ComponentParameters.baselineGraph(whole, p);
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
                        primitiveSummary(graph, p, ClosenessSpec::scores));
            }

            @Override
            public String spikingMeasures() {
                return AllPairsSpec.spikingMeasures(p.threadCount(), "fold the rows");
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
