package org.spikegraph.bench.problem;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.circuit.SingleRun;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.randomwalk.Confidence;
import org.spikegraph.algorithms.randomwalk.RandomWalkCompiler;
import org.spikegraph.algorithms.randomwalk.VisitCounts;
import org.spikegraph.algorithms.validation.RandomWalkValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.cli.Numbers;
import org.spikegraph.bench.compare.Method;
import org.spikegraph.bench.report.Estimate;
import org.spikegraph.bench.report.Report;
import org.spikegraph.substrate.network.NetworkBuilder;
import picocli.CommandLine.Option;

/** {@code randomwalk}: where N walkers are after T steps, and how many hit the targets. */
public final class RandomWalkSpec implements ProblemSpec<RandomWalkSpec.Parameters, VisitCounts> {

    /** The options of {@code solve randomwalk}. */
    public static final class Parameters {

        @Option(names = "--source", paramLabel = "ID", description = "Start vertex id as written in the file (default: the first vertex).")
        public String source;

        @Option(names = "--walkers", paramLabel = "N", defaultValue = "10000", converter = Numbers.PositiveInt.class,
                description = "Walkers (default: ${DEFAULT-VALUE}).")
        public int walkers = 10000;

        @Option(names = "--steps", paramLabel = "T", defaultValue = "10", converter = Numbers.NonNegativeInt.class,
                description = "Graph steps per walk (default: ${DEFAULT-VALUE}).")
        public int steps = 10;

        @Option(names = "--targets", paramLabel = "ID", split = ",",
                description = "Absorbing targets: report the probability of hitting them within T steps.")
        public List<String> targets;

        @Option(names = "--delta", paramLabel = "P", defaultValue = "0.001", converter = Numbers.OpenProbability.class,
                description = Delta.HELP)
        public double delta = 0.001;

        /**
         * The failure probability of each reported interval: {@code --delta} over the intervals, one per
         * vertex after T steps and the hitting one with {@code --targets}.
         */
        double each(CsrGraph graph) {
            return Delta.each(delta, graph.vertexCount() + (targets == null ? 0L : 1L));
        }

        @Option(names = "--top", paramLabel = "K", defaultValue = "5", converter = Numbers.PositiveInt.class,
                description = "Vertices to report (default: ${DEFAULT-VALUE}).")
        public int top = 5;

        int[] targetIndices(CsrGraph graph) {
            return targets == null ? new int[0]
                    : targets.stream().mapToInt(id -> InputException.vertex(graph, id, "--targets")).toArray();
        }

        void check() {
            if (walkers < 1) {
                throw new InputException("--walkers must be >= 1, got " + walkers);
            }
            if (steps < 0) {
                throw new InputException("--steps must be >= 0, got " + steps);
            }
            if (!(delta > 0 && delta < 1)) {
                throw new InputException("--delta must be in (0, 1), got " + delta);
            }
            if (top < 1) {
                throw new InputException("--top must be >= 1, got " + top);
            }
        }
    }

    @Override
    public String name() {
        return "randomwalk";
    }

    @Override
    public String[] description() {
        return new String[] {"Random walks as spikes: N walkers start at --source and take T steps, each to an out-neighbour "
                + "with probability proportional to the arc weight, chosen by stochastic neurons (vertices without "
                + "out-arcs, and --targets, absorb).",
                "Reports the distribution after T steps with confidence intervals (Hoeffding, failure probability "
                        + "--delta for all of them together, plus the 16-bit rounding bound); --validate checks every step and vertex "
                        + "against the exact distributions."};
    }

    @Override
    public Parameters parameters() {
        return new Parameters();
    }

    @Override
    public boolean sourced() {
        return true;
    }

    /** The start vertex; the options and {@code --targets} are checked first, as the circuit needs them. */
    @Override
    public int source(CsrGraph graph, Parameters p) {
        p.check();
        p.targetIndices(graph);
        if (graph.vertexCount() == 0) {
            throw InputException.noVertices();
        }
        return p.source == null ? 0 : InputException.vertex(graph, p.source, "--source");
    }

    @Override
    public Size size(CsrGraph graph, Parameters p) {
        long n = graph.vertexCount();
        long m = graph.arcCount();
        long layers = Math.max(0, p.steps);
        long neurons = (layers + 1) * n + 2 * layers * m;
        if (neurons > NetworkBuilder.MAX_ELEMENTS) {
            throw new InputException(String.format("%,d steps on %,d vertices and %,d arcs need up to %,d neurons, more "
                    + "than a network holds (%,d): walk fewer --steps", p.steps, n, m, neurons, NetworkBuilder.MAX_ELEMENTS));
        }
        return new Size(neurons, 4 * layers * m);
    }

    @Override
    public Program<VisitCounts> compile(CsrGraph graph, Parameters p, int source, long seed) {
        p.check();
        return Program.of(new RandomWalkCompiler(graph).absorbingAt(p.targetIndices(graph)).walks(source, p.walkers, p.steps));
    }

    /** Progress: the walkers whose walk has ended (in the last layer, or absorbed) against all of them. */
    @Override
    public WorkMeasure work(CsrGraph graph, Parameters p, int source, Program<VisitCounts> program) {
        return program instanceof SingleRun<VisitCounts> run ? WorkMeasure.walkEnds(run.circuit().network(), p.walkers) : null;
    }

    @Override
    public Map<String, Object> reportParameters(CsrGraph graph, Parameters p) {
        return ProblemSpec.fields("walkers", p.walkers, "steps", p.steps, "targets",
                p.targets == null ? null : Arrays.stream(p.targetIndices(graph)).mapToObj(v -> Report.vertexId(graph, v)).toList(),
                "delta", p.delta, Delta.EACH, p.each(graph));
    }

    @Override
    public Map<String, Object> summary(VisitCounts c, Parameters p) {
        CsrGraph g = c.graph();
        Map<String, Object> m = ProblemSpec.fields("walkers", c.walkers(), "steps", c.steps());
        if (p.targets != null) {
            int[] t = p.targets.stream().mapToInt(g::find).toArray();
            m.put("hitting", Estimate.of(null, c.hitting(t), c.hittingInterval(p.each(g), t)));
        }
        int last = c.steps();
        List<Estimate> top = new ArrayList<>();
        for (int v : c.top(last, p.top)) {
            top.add(Estimate.of(Report.vertexId(g, v), c.probability(last, v), c.interval(last, v, p.each(g))));
        }
        m.put("top", top);
        return m;
    }

    @Override
    public Validation validate(VisitCounts c, Parameters p) {
        return RandomWalkValidator.validate(c, p.delta);
    }

    @Override
    public void writeAnswer(CsrGraph g, VisitCounts c, Parameters p, PrintWriter out) {
        CsrGraph graph = c.graph();
        int last = c.steps();
        out.println("# vertex\tprobability after " + last + " steps\tlow\thigh\tvisits");
        for (int v = 0; v < graph.vertexCount(); v++) {
            double[] in = c.interval(last, v, p.each(graph));
            out.println(String.format(Locale.ROOT, "%s\t%.8f\t%.8f\t%.8f\t%d", graph.name(v), c.probability(last, v),
                    in[0], in[1], c.visits(v)));
        }
    }

    /**
     * Where the walkers are after T steps, as an interval per vertex: a point for the exact
     * distribution, a confidence interval (failure probability --delta for all vertices together) for a Monte
     * Carlo estimate.
     *
     * @param low  lower ends, by vertex
     * @param high upper ends, by vertex
     */
    public record Distribution(double[] low, double[] high) {}

    /**
     * Per vertex: the probability of being there after T steps with its interval (failure probability
     * --delta over all reported intervals together, as the report's) and the visits, as {@code --output}
     * writes them.
     */
    @Override
    public Object fullAnswer(CsrGraph g, VisitCounts c, Parameters p) {
        CsrGraph graph = c.graph();
        int last = c.steps();
        double[][] in = new double[graph.vertexCount()][];
        double each = p.each(graph);
        for (int v = 0; v < in.length; v++) {
            in[v] = c.interval(last, v, each);
        }
        return AnswerColumns.answer("vertices", AnswerColumns.vertices(graph)
                .add("probability", v -> c.probability(last, v))
                .add("low", v -> in[v][0])
                .add("high", v -> in[v][1])
                .add("visits", c::visits));
    }

    @Override
    public Baselines<VisitCounts, Distribution> baselines(CsrGraph graph, Parameters p) {
        p.check();
        int n = graph.vertexCount();
        RandomWalkCompiler layout = new RandomWalkCompiler(graph).absorbingAt(p.targetIndices(graph));
        boolean[] absorbing = new boolean[n];
        for (int v = 0; v < n; v++) {
            absorbing[v] = layout.absorbing(v);
        }
        double each = p.each(graph);
        String against = "exact distribution muP^T";
        return new Baselines<>() {
            @Override
            public String against() {
                return against;
            }

            @Override
            public String spikingMeasures() {
                return "compile a new walker circuit of " + p.walkers + " walkers, " + p.steps
                        + " steps + simulate (event engine) + decode counts";
            }

            @Override
            public List<Method<Distribution>> methods() {
                return List.of(
                        Method.of("exact", "RandomWalkValidator.distributions: muP^t, t = 0 .. T, over the CSR", s -> {
                            double[] initial = new double[n];
                            initial[s] = 1;
                            double[] mu = RandomWalkValidator.distributions(graph, initial, absorbing, p.steps)[p.steps];
                            return Method.Solved.of(() -> new Distribution(mu, mu));
                        }),
                        Method.of("primitive", "the same " + p.walkers + " walkers, " + p.steps
                                + " steps each, in a plain loop (SplittableRandom, binary search in cumulative weights)", s -> {
                            long[] at = walk(graph, absorbing, s, p.walkers, p.steps, s);
                            return Method.Solved.of(() -> {
                                double half = Confidence.hoeffding(p.walkers, each);
                                double[] low = new double[n];
                                double[] high = new double[n];
                                for (int v = 0; v < n; v++) {
                                    double q = at[v] / (double) p.walkers;
                                    low[v] = Math.max(0, q - half);
                                    high[v] = Math.min(1, q + half);
                                }
                                return new Distribution(low, high);
                            });
                        }));
            }

            @Override
            public Distribution form(VisitCounts c) {
                double[] low = new double[n];
                double[] high = new double[n];
                for (int v = 0; v < n; v++) {
                    double[] in = c.interval(c.steps(), v, each);
                    low[v] = in[0];
                    high[v] = in[1];
                }
                return new Distribution(low, high);
            }

            @Override
            public Validation check(Distribution answer, Distribution expected) {
                List<String> examples = new java.util.ArrayList<>();
                long mismatches = 0;
                for (int v = 0; v < n; v++) {
                    double exact = expected.low()[v];
                    if (!(answer.low()[v] - 1e-12 <= exact && exact <= answer.high()[v] + 1e-12)) {
                        mismatches++;
                        if (examples.size() < Validation.MAX_EXAMPLES) {
                            examples.add(String.format(Locale.ROOT, "vertex %s: exact %.6f outside [%.6f, %.6f]",
                                    graph.name(v), exact, answer.low()[v], answer.high()[v]));
                        }
                    }
                }
                return new Validation(against, n, mismatches, List.copyOf(examples), 0);
            }
        };
    }

    /** Where {@code walkers} walks of {@code steps} steps from {@code source} end, by vertex. */
    static long[] walk(CsrGraph graph, boolean[] absorbing, int source, int walkers, int steps, long seed) {
        int n = graph.vertexCount();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        double[] cumulative = new double[graph.arcCount()];
        for (int u = 0; u < n; u++) {
            double sum = 0;
            for (int a = offsets[u]; a < offsets[u + 1]; a++) {
                sum += graph.weight(a);
                cumulative[a] = sum;
            }
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] at = new long[n];
        for (int w = 0; w < walkers; w++) {
            int u = source;
            for (int t = 0; t < steps && !absorbing[u]; t++) {
                int lo = offsets[u];
                int hi = offsets[u + 1] - 1;
                double x = rnd.nextDouble() * cumulative[hi];
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (cumulative[mid] <= x) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                u = targets[lo];
            }
            at[u]++;
        }
        return at;
    }
}
