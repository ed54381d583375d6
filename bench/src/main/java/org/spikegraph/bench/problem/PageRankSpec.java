package org.spikegraph.bench.problem;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.circuit.SingleRun;
import org.spikegraph.algorithms.conventional.MonteCarloPageRank;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.randomwalk.PageRankCompiler;
import org.spikegraph.algorithms.randomwalk.PageRankEstimate;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.PageRankValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.cli.Numbers;
import org.spikegraph.bench.compare.Method;
import org.spikegraph.bench.report.Estimate;
import org.spikegraph.bench.report.Report;
import picocli.CommandLine.Option;

/**
 * {@code pagerank}: PageRank as the end points of spiking random walks. In {@code compare}, three
 * ways on the same graph, all reduced to {@link Scores}: JGraphT's power iteration (the reference),
 * the spiking circuit, and {@link MonteCarloPageRank} with the same walkers per vertex.
 */
public final class PageRankSpec implements ProblemSpec<PageRankSpec.Parameters, PageRankEstimate> {

    /** Walkers started at every vertex in {@code compare} by the two Monte Carlo methods. */
    public static final int COMPARE_WALKERS_PER_VERTEX = 100;

    /** The options of {@code solve pagerank}. */
    public static final class Parameters {

        @Option(names = "--damping", paramLabel = "D", defaultValue = "0.85", converter = Numbers.Damping.class,
                description = "Damping factor d in [0, 1) (default: ${DEFAULT-VALUE}).")
        public double damping = 0.85;

        @Option(names = "--walkers", paramLabel = "N", converter = Numbers.PositiveLong.class,
                description = "Walkers in all, rounded up to a multiple of the vertex count (default: 1,000 per vertex).")
        public Long walkers;

        @Option(names = "--delta", paramLabel = "P", defaultValue = "0.001", converter = Numbers.OpenProbability.class,
                description = Delta.HELP)
        public double delta = 0.001;

        /** The failure probability of each vertex's interval: {@code --delta} over the vertices. */
        double each(CsrGraph graph) {
            return Delta.each(delta, graph.vertexCount());
        }

        @Option(names = "--top", paramLabel = "K", defaultValue = "5", converter = Numbers.PositiveInt.class,
                description = "Vertices to report (default: ${DEFAULT-VALUE}).")
        public int top = 5;

        int walkersPerVertex(CsrGraph graph) {
            long n = graph.vertexCount();
            if (n == 0) {
                throw InputException.noVertices();
            }
            if (walkers == null) {
                return 1000;
            }
            if (walkers < 1) {
                throw new InputException("--walkers must be >= 1, got " + walkers);
            }
            long perVertex = (walkers + n - 1) / n;
            if (perVertex * n > Integer.MAX_VALUE) {
                throw new InputException("--walkers " + walkers + " is more than a run holds (" + Integer.MAX_VALUE + ")");
            }
            return (int) perVertex;
        }
    }

    /**
     * One method's scores: exact (JGraphT) or a Monte Carlo estimate with its intervals.
     *
     * @param exact    the reference's scores by vertex index, or null
     * @param estimate the estimate, or null
     */
    public record Scores(double[] exact, PageRankEstimate estimate) {}

    @Override
    public String name() {
        return "pagerank";
    }

    @Override
    public String[] description() {
        return new String[] {"PageRank by spiking random walkers: the same number of walkers starts at every vertex; at each "
                + "step a stochastic neuron lets a walker go on with probability d (along an out-arc, or through the "
                + "teleport circuit from a vertex without out-arcs) or end there; a score is the share of walks that "
                + "ended at the vertex.",
                "Intervals: Chernoff bound with failure probability --delta for all vertices together (--delta/n each), widened by the 16-bit "
                        + "rounding bound; --validate checks every vertex against JGraphT's PageRank."};
    }

    @Override
    public Parameters parameters() {
        return new Parameters();
    }

    /** {@value #COMPARE_WALKERS_PER_VERTEX} walkers per vertex: compare repeats every run. */
    @Override
    public Parameters compareParameters(CsrGraph graph) {
        Parameters p = new Parameters();
        p.walkers = (long) COMPARE_WALKERS_PER_VERTEX * graph.vertexCount();
        return p;
    }

    @Override
    public Size size(CsrGraph graph, Parameters p) {
        long n = graph.vertexCount();
        long m = graph.arcCount();
        return new Size(5 * n + 2 * m, 4 * m + 7 * n);
    }

    @Override
    public Program<PageRankEstimate> compile(CsrGraph graph, Parameters p, int source, long seed) {
        if (!(p.delta > 0 && p.delta < 1)) {
            throw new InputException("--delta must be in (0, 1), got " + p.delta);
        }
        if (p.top < 1) {
            throw new InputException("--top must be >= 1, got " + p.top);
        }
        if (!(p.damping >= 0 && p.damping < 1)) {
            throw new InputException("--damping must be in [0, 1), got " + p.damping + " (at 1 a walk never ends)");
        }
        PageRankCompiler compiler = new PageRankCompiler(graph, p.damping);
        try {
            PageRankValidator.iterations(p.damping); // the run is checked against JGraphT: refuse what cannot be
        } catch (IllegalArgumentException e) {
            throw new InputException("--damping: " + e.getMessage());
        }
        return Program.of(compiler.walks(p.walkersPerVertex(graph)));
    }

    /** Progress: the walks ended (at an end neuron) against all of them, walkers per vertex x vertices. */
    @Override
    public WorkMeasure work(CsrGraph graph, Parameters p, int source, Program<PageRankEstimate> program) {
        return program instanceof SingleRun<PageRankEstimate> run
                ? WorkMeasure.walkEnds(run.circuit().network(), (long) p.walkersPerVertex(graph) * graph.vertexCount()) : null;
    }

    @Override
    public Map<String, Object> reportParameters(CsrGraph graph, Parameters p) {
        return ProblemSpec.fields("damping", p.damping, "walkersPerVertex", p.walkersPerVertex(graph), "delta", p.delta,
                Delta.EACH, p.each(graph));
    }

    @Override
    public Map<String, Object> summary(PageRankEstimate e, Parameters p) {
        CsrGraph g = e.graph();
        double each = p.each(g);
        Map<String, Object> m = ProblemSpec.fields("walkers", e.walkers(), "roundingBound", e.quantizationBound());
        List<Estimate> top = new ArrayList<>();
        for (int v : e.top(p.top)) {
            top.add(Estimate.of(Report.vertexId(g, v), e.score(v), e.interval(v, each)));
        }
        m.put("top", top);
        return m;
    }

    @Override
    public Validation validate(PageRankEstimate e, Parameters p) {
        return PageRankValidator.validate(e, p.delta);
    }

    @Override
    public void writeAnswer(CsrGraph g, PageRankEstimate e, Parameters p, PrintWriter out) {
        CsrGraph graph = e.graph();
        double each = p.each(graph);
        out.println("# vertex\tpagerank\tlow\thigh\twalks ended\tvisits");
        for (int v = 0; v < graph.vertexCount(); v++) {
            double[] in = e.interval(v, each);
            out.println(String.format(Locale.ROOT, "%s\t%.8f\t%.8f\t%.8f\t%d\t%d", graph.name(v), e.score(v), in[0], in[1],
                    e.ends(v), e.visits(v)));
        }
    }

    /**
     * Per vertex: the score with its interval (failure probability --delta over all vertices), the
     * walks that ended there and the visits, as {@code --output} writes them.
     */
    @Override
    public Object fullAnswer(CsrGraph g, PageRankEstimate e, Parameters p) {
        CsrGraph graph = e.graph();
        double each = p.delta / graph.vertexCount();
        double[][] in = new double[graph.vertexCount()][];
        for (int v = 0; v < in.length; v++) {
            in[v] = e.interval(v, each);
        }
        return AnswerColumns.answer("vertices", AnswerColumns.vertices(graph)
                .add("pagerank", e::score)
                .add("low", v -> in[v][0])
                .add("high", v -> in[v][1])
                .add("walksEnded", e::ends)
                .add("visits", e::visits));
    }

    @Override
    public Baselines<PageRankEstimate, Scores> baselines(CsrGraph graph, Parameters p) {
        Graph<Integer, DefaultWeightedEdge> jgrapht = JGraphTGraphs.withoutZeroWeights(graph);
        int perVertex = p.walkersPerVertex(graph);
        double damping = p.damping;
        String against = "JGraphT PageRank";
        return new Baselines<>() {
            @Override
            public String against() {
                return against;
            }

            @Override
            public String spikingMeasures() {
                return "compile + event-engine run of " + perVertex + " walkers per vertex + decode";
            }

            @Override
            public List<Method<Scores>> methods() {
                return List.of(
                        Method.of("jgrapht", "JGraphT PageRank, d = " + damping + ", to a change below 1e-12 (JGraphT graph "
                                + "without weight-0 arcs built once, not timed)", s -> {
                            Map<Integer, Double> m = new PageRank<>(jgrapht, damping, PageRankValidator.iterations(damping),
                                    1e-12).getScores();
                            return Method.Solved.of(() -> new Scores(scores(m, graph.vertexCount()), null));
                        }),
                        Method.of("primitive", "MonteCarloPageRank: the same " + perVertex + " walkers per vertex in a plain loop",
                                s -> {
                                    MonteCarloPageRank.Result r = MonteCarloPageRank.run(graph, damping, perVertex, s);
                                    return Method.Solved.of(() -> new Scores(null,
                                            PageRankEstimate.fromEnds(graph, damping, r.ends())));
                                }));
            }

            @Override
            public Scores form(PageRankEstimate answer) {
                return new Scores(null, answer);
            }

            @Override
            public Validation check(Scores answer, Scores expected) {
                if (answer.estimate() == null) {
                    return PageRankValidator.validate(answer.exact(), expected.exact(), 1e-9, against);
                }
                return PageRankValidator.validate(answer.estimate(), expected.exact(), p.delta, against);
            }
        };
    }

    private static double[] scores(Map<Integer, Double> m, int n) {
        double[] s = new double[n];
        for (int v = 0; v < s.length; v++) {
            s[v] = m.get(v);
        }
        return s;
    }
}
