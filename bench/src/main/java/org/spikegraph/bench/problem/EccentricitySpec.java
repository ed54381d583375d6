package org.spikegraph.bench.problem;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.alg.shortestpath.GraphMeasurer;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.allpairs.DistanceSummary;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.Method;

/**
 * {@code eccentricity}: the eccentricity of every vertex (the largest distance to another vertex,
 * infinite when one is unreachable), with radius, diameter and centre, from the distances of all
 * sources ({@link AllSourcesProgram}); checked against JGraphT's {@link GraphMeasurer} (on Dijkstra,
 * one tree per source: its default Floyd-Warshall is cubic). On a graph that is not (strongly)
 * connected the diameter is infinite and the summary says so; {@code --largest-component} solves on the
 * subgraph induced by the largest component ({@link LargestComponent}) and checks against GraphMeasurer
 * on JGraphT's own largest component of the whole graph.
 */
public final class EccentricitySpec extends AllPairsSpec<DistanceSummary> {

    @Override
    public ComponentParameters parameters() {
        return new ComponentParameters();
    }

    /** Compiles on the largest component with {@code --largest-component}, else on the whole graph. */
    @Override
    public Program<Answer<DistanceSummary>> compile(CsrGraph graph, Parameters p, int source, long seed) {
        return super.compile(ComponentParameters.solvedOn(graph, p), p, source, seed);
    }

    private static LargestComponent chosen(Parameters p) {
        return ComponentParameters.chosen(p);
    }

    @Override
    public String name() {
        return "eccentricity";
    }

    /** {@code solve diameter}: the same command (radius, diameter and centre are in its summary). */
    @Override
    public List<String> aliases() {
        return List.of("diameter");
    }

    @Override
    public String[] description() {
        return new String[] {"Eccentricity of every vertex (JGraphT GraphMeasurer's: the largest out-going distance, "
                + "infinite when a vertex is unreachable), radius, diameter and centre, from the delay-coded wavefront "
                + "run from every vertex (multi-source BFS in the bits of a word, Then et al. 2015).", RUNS,
                "--output writes vertex and eccentricity (Infinity when some vertex is unreachable).",
                "Also named diameter (solve diameter, compare --problem diameter): the same problem and check.",
                "A graph that is not connected (strongly, when directed) has an infinite diameter, and the report says so: "
                        + "--largest-component solves on its largest component (the report gives its size; vertex ids "
                        + "stay the file's)."};
    }

    @Override
    AllSourcesProgram.Rows<DistanceSummary> rows(CsrGraph graph, Parameters p) {
        return new SummaryRows(graph.vertexCount());
    }

    @Override
    public Map<String, Object> summary(Answer<DistanceSummary> a, Parameters p) {
        DistanceSummary s = a.value();
        Map<String, Object> m = ProblemSpec.fields("radius", figure(s.radius()), "diameter", figure(s.diameter()),
                "centreSize", s.centre().length,
                "centreVertex", s.centre().length == 0 ? null : a.graph().name(s.centre()[0]));
        m.putAll(ComponentParameters.summaryFields(p));
        if (chosen(p) != null) {
            return m;
        }
        if (s.diameter() == DistanceSummary.INFINITE) {
            LargestComponent all = LargestComponent.of(a.graph());
            m.putAll(ProblemSpec.fields("components", all.components(), "largestComponent", all.vertices().length,
                    "note", String.format("the graph is not %s (%,d components, the largest of %,d vertices), so the "
                            + "diameter is infinite; --largest-component solves on the largest", all.kind(),
                            all.components(), all.vertices().length)));
        }
        return m;
    }

    /** A distance figure for the report: the number, or "infinite". */
    private static Object figure(long d) {
        return d == DistanceSummary.INFINITE ? "infinite" : (Object) d;
    }

    @Override
    public Validation validate(Answer<DistanceSummary> a, Parameters p) {
        CsrGraph graph = a.graph();
        LargestComponent c = chosen(p);
        if (c != null) {
            Graph<Integer, DefaultWeightedEdge> whole = jgrapht(c.whole(), a.hops());
            Timed<double[]> ref = timed(() -> componentReference(whole, c.vertices()));
            return compareScores(form(a.value()), ref.value(), againstComponent(c), label(graph), ref.nanos());
        }
        Graph<Integer, DefaultWeightedEdge> g = jgrapht(graph, a.hops());
        Timed<double[]> ref = timed(() -> reference(g, graph.vertexCount()));
        return compareScores(form(a.value()), ref.value(), against(), label(graph), ref.nanos());
    }

    private static String againstComponent(LargestComponent c) {
        return "JGraphT GraphMeasurer (Dijkstra) on the largest " + c.kind() + " component ("
                + (c.strong() ? "KosarajuStrongConnectivityInspector" : "ConnectivityInspector") + ")";
    }

    /**
     * GraphMeasurer on the subgraph of {@code whole} induced by JGraphT's own largest component (ties: the
     * one holding the smallest vertex), in the order of {@code vertices}: entry i is the eccentricity of
     * {@code vertices[i]}, NaN when JGraphT's component does not hold it; then radius, diameter, centre size.
     */
    static double[] componentReference(Graph<Integer, DefaultWeightedEdge> whole, int[] vertices) {
        Graph<Integer, DefaultWeightedEdge> sub = LargestComponent.jgrapht(whole);
        GraphMeasurer<Integer, DefaultWeightedEdge> m = new GraphMeasurer<>(sub, new RowCache(sub));
        Map<Integer, Double> e = m.getVertexEccentricityMap();
        int k = vertices.length;
        double[] out = new double[k + 3];
        for (int i = 0; i < k; i++) {
            Double x = e.get(vertices[i]);
            out[i] = x == null ? Double.NaN : x;
        }
        out[k] = m.getRadius();
        out[k + 1] = m.getDiameter();
        out[k + 2] = m.getGraphCenter().size();
        return out;
    }

    /** Entry i of {@link #form}: "vertex 7 eccentricity", "radius", "diameter" or "centre size". */
    private static java.util.function.IntFunction<String> label(CsrGraph graph) {
        int n = graph.vertexCount();
        String[] tail = {"radius", "diameter", "centre size"};
        return i -> i < n ? "vertex " + graph.name(i) + " eccentricity" : tail[i - n];
    }

    private static String against() {
        return "JGraphT GraphMeasurer (Dijkstra)";
    }

    /** The eccentricities (+&infin; for infinite), then radius, diameter and centre size. */
    static double[] form(DistanceSummary s) {
        int n = s.vertexCount();
        double[] out = new double[n + 3];
        for (int v = 0; v < n; v++) {
            out[v] = s.eccentricityValue(v);
        }
        out[n] = value(s.radius());
        out[n + 1] = value(s.diameter());
        out[n + 2] = s.centre().length;
        return out;
    }

    private static double value(long d) {
        return d == DistanceSummary.INFINITE ? Double.POSITIVE_INFINITY : d;
    }

    private static double[] reference(Graph<Integer, DefaultWeightedEdge> g, int n) {
        GraphMeasurer<Integer, DefaultWeightedEdge> m = new GraphMeasurer<>(g, new RowCache(g));
        Map<Integer, Double> e = m.getVertexEccentricityMap();
        double[] out = new double[n + 3];
        for (int v = 0; v < n; v++) {
            out[v] = e.get(v);
        }
        out[n] = m.getRadius();
        out[n + 1] = m.getDiameter();
        out[n + 2] = m.getGraphCenter().size();
        return out;
    }

    /**
     * JGraphT's Dijkstra answering GraphMeasurer's pair queries from the source's whole tree, kept
     * until the next source: GraphMeasurer asks d(u, v) for every v of one u in turn, and JGraphT's
     * Dijkstra would otherwise search anew per pair (n&sup2; searches).
     */
    private static final class RowCache implements ShortestPathAlgorithm<Integer, DefaultWeightedEdge> {
        private final DijkstraShortestPath<Integer, DefaultWeightedEdge> dijkstra;
        private Integer source;
        private SingleSourcePaths<Integer, DefaultWeightedEdge> paths;

        RowCache(Graph<Integer, DefaultWeightedEdge> g) {
            dijkstra = new DijkstraShortestPath<>(g);
        }

        @Override
        public SingleSourcePaths<Integer, DefaultWeightedEdge> getPaths(Integer s) {
            if (!s.equals(source)) {
                paths = dijkstra.getPaths(s);
                source = s;
            }
            return paths;
        }

        @Override
        public GraphPath<Integer, DefaultWeightedEdge> getPath(Integer s, Integer t) {
            return getPaths(s).getPath(t);
        }

        @Override
        public double getPathWeight(Integer s, Integer t) {
            return getPaths(s).getWeight(t);
        }
    }

    @Override
    public void writeAnswer(CsrGraph whole, Answer<DistanceSummary> a, Parameters p, PrintWriter out) {
        CsrGraph graph = a.graph(); // the component with --largest-component
        out.println("# vertex\teccentricity");
        for (int v = 0; v < graph.vertexCount(); v++) {
            long e = a.value().eccentricity()[v];
            out.println(graph.name(v) + "\t" + (e == DistanceSummary.INFINITE ? "Infinity" : Long.toString(e)));
        }
    }

    /**
     * Per vertex: its eccentricity, null when infinite (some vertex is unreachable from it); with
     * {@code --largest-component} the component's vertices only.
     */
    @Override
    public Object fullAnswer(CsrGraph whole, Answer<DistanceSummary> a, Parameters p) {
        long[] e = a.value().eccentricity();
        return AnswerColumns.answer("vertices", AnswerColumns.vertices(a.graph())
                .add("eccentricity", v -> e[v] == DistanceSummary.INFINITE ? null : e[v]));
    }

    @Override
    public Baselines<Answer<DistanceSummary>, double[]> baselines(CsrGraph whole, Parameters p) {
        CsrGraph graph = ComponentParameters.baselineGraph(whole, p);
        Graph<Integer, DefaultWeightedEdge> g = jgrapht(graph, p.hops);
        int n = graph.vertexCount();
        return new Baselines<>() {
            @Override
            public String against() {
                return EccentricitySpec.against();
            }

            @Override
            public List<Method<double[]>> methods() {
                return List.of(
                        Method.of("jgrapht", "JGraphT GraphMeasurer on DijkstraShortestPath: eccentricities, radius, "
                                + "diameter, centre (JGraphT graph built once, not timed)", s -> {
                                    double[] r = reference(g, n);
                                    return Method.Solved.of(() -> r);
                                }),
                        primitiveSummary(graph, p, EccentricitySpec::form));
            }

            @Override
            public String spikingMeasures() {
                return AllPairsSpec.spikingMeasures(p.threadCount(), "fold the rows");
            }

            @Override
            public double[] form(Answer<DistanceSummary> answer) {
                return EccentricitySpec.form(answer.value());
            }

            @Override
            public Validation check(double[] answer, double[] expected) {
                return compareScores(answer, expected, against(), label(graph), 0);
            }
        };
    }
}
