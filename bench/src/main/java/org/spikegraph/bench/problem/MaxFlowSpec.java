package org.spikegraph.bench.problem;

import org.spikegraph.bench.report.NumberText;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.conventional.PrimitiveDinic;
import org.spikegraph.algorithms.flow.MaxFlow;
import org.spikegraph.algorithms.flow.MaxFlowCompiler;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.MaxFlowValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.Method;
import org.spikegraph.bench.report.NumberText;
import picocli.CommandLine.Option;

/**
 * {@code maxflow}: a maximum flow and minimum cut by spiking Edmonds–Karp, one hop wavefront per
 * augmenting path on the residual graph, driven by the host ({@link MaxFlowCompiler}). Checked against
 * JGraphT's Edmonds–Karp and Push–Relabel; compared with JGraphT's Edmonds–Karp and Dinic on arrays
 * ({@link PrimitiveDinic}), reduced to the flow's value (a maximum flow's value is unique, its arcs' flows are not).
 */
public final class MaxFlowSpec implements ProblemSpec<MaxFlowSpec.Parameters, MaxFlow> {

    /** The source and the sink, as written in the file; null for the defaults (the first and the last vertex). */
    public static final class Parameters {
        @Option(names = "--source", paramLabel = "ID", description = "Source vertex id as written in the file (default: the first vertex).")
        public String sourceId;

        @Option(names = "--sink", paramLabel = "ID",
                description = "Sink vertex id as written in the file (default: the last vertex, as compare runs it).")
        public String sinkId;

        /** The sink's index: {@code --sink}, or the last vertex. */
        int sink(CsrGraph graph) {
            if (sinkId == null) {
                if (graph.vertexCount() == 0) {
                    throw InputException.noVertices();
                }
                return graph.vertexCount() - 1;
            }
            return InputException.vertex(graph, sinkId, "--sink");
        }
    }

    @Override
    public String name() {
        return "maxflow";
    }

    @Override
    public String[] description() {
        return new String[] {"Maximum flow and minimum cut (capacity = arc weight, 1 when unweighted) by spiking Edmonds-Karp "
                + "(Ali & Kwisthout 2019): each run is a hop wavefront on the residual graph that stops when the sink "
                + "spikes and names a shortest augmenting path; the host augments and runs again. The last run, where "
                + "the sink never spikes, gives the source side of a minimum cut.",
                "Activity is summed over the runs; --hardware projects every run. --output writes the flow on every arc."};
    }

    @Override
    public Parameters parameters() {
        return new Parameters();
    }

    /**
     * {@code compare} runs the defaults, one fixed pair, repeated: the first vertex to the last (e.g. 1
     * to 3353 on rome99), since a drawn source could be the sink.
     */
    @Override
    public Parameters compareParameters(CsrGraph graph) {
        return new Parameters();
    }

    /**
     * The {@code --source} vertex, or the first vertex as for every other problem: reported like a
     * sourced problem's, though {@code compare} does not draw it.
     */
    @Override
    public int source(CsrGraph graph, Parameters p) {
        if (p.sourceId == null) {
            if (graph.vertexCount() == 0) {
                throw InputException.noVertices();
            }
            return 0;
        }
        return InputException.vertex(graph, p.sourceId, "--source");
    }

    @Override
    public Size size(CsrGraph graph, Parameters p) {
        return new Size(graph.vertexCount(), 2L * graph.arcCount());
    }

    /** The program from the parameters' {@code --source} to their {@code --sink} ({@code drawnSource} is not used). */
    @Override
    public Program<MaxFlow> compile(CsrGraph graph, Parameters p, int drawnSource, long seed) {
        int source = source(graph, p);
        int t = p.sink(graph);
        if (source == t) {
            throw new InputException("--source and --sink must differ (both are " + graph.name(t) + (p.sinkId == null
                    ? ", the last vertex, --sink's default)" : p.sourceId == null ? ", the first vertex, --source's default)" : ")"));
        }
        return new MaxFlowCompiler(graph, source, t).program();
    }

    @Override
    public Map<String, Object> reportParameters(CsrGraph graph, Parameters p) {
        return ProblemSpec.fields("sink", org.spikegraph.bench.report.Report.vertexId(graph, p.sink(graph)));
    }

    @Override
    public Map<String, Object> summary(MaxFlow f, Parameters p) {
        Object value = f.graph().integralWeights() ? (Object) Math.round(f.value()) : (Object) f.value();
        return ProblemSpec.fields("value", value, "cutEdges", f.cutArcs().length, "augmentingPaths", f.augmentations(),
                "runs", f.runs());
    }

    @Override
    public Validation validate(MaxFlow f, Parameters p) {
        return MaxFlowValidator.validate(f);
    }

    @Override
    public void writeAnswer(CsrGraph graph, MaxFlow f, Parameters p, PrintWriter out) {
        out.println("# tail\thead\tcapacity\tflow\tcut");
        for (int u = 0; u < graph.vertexCount(); u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                int v = graph.target(a);
                boolean cut = f.onSourceSide(u) && !f.onSourceSide(v) && f.capacity(a) > 0;
                out.println(graph.name(u) + "\t" + graph.name(v) + "\t" + NumberText.plain(f.capacity(a)) + "\t"
                        + NumberText.plain(f.flow(a)) + "\t" + (cut ? "cut" : "-"));
            }
        }
    }

    /**
     * Every arc (tail, head, capacity, flow, and whether it crosses the minimum cut), in the order
     * {@code --output} writes them; and per vertex whether it is on the cut's source side.
     */
    @Override
    public Object fullAnswer(CsrGraph graph, MaxFlow f, Parameters p) {
        Map<String, Object> m = AnswerColumns.answer("arcs", AnswerColumns.of(graph.arcCount())
                .add("tail", a -> AnswerColumns.id(graph, graph.tail(a)))
                .add("head", a -> AnswerColumns.id(graph, graph.target(a)))
                .add("capacity", a -> AnswerColumns.number(f.capacity(a)))
                .add("flow", a -> AnswerColumns.number(f.flow(a)))
                .add("cut", a -> f.onSourceSide(graph.tail(a)) && !f.onSourceSide(graph.target(a)) && f.capacity(a) > 0));
        m.put("vertices", AnswerColumns.vertices(graph).add("sourceSide", f::onSourceSide).toMap());
        return m;
    }

    @Override
    public Baselines<MaxFlow, double[]> baselines(CsrGraph graph, Parameters p) {
        Graph<Integer, DefaultWeightedEdge> jgrapht = MaxFlowValidator.reference(graph);
        int source = source(graph, p);
        int sink = p.sink(graph);
        String against = "JGraphT EdmondsKarpMFImpl";
        return new Baselines<>() {
            @Override
            public String against() {
                return against;
            }

            @Override
            public List<Method<double[]>> methods() {
                return List.of(
                        Method.of("jgrapht", "JGraphT EdmondsKarpMFImpl.getMaximumFlowValue (simple JGraphT graph, parallel "
                                + "arcs merged, built once, not timed)", s -> {
                                    double value = new EdmondsKarpMFImpl<>(jgrapht).getMaximumFlowValue(source, sink);
                                    return Method.Solved.of(() -> new double[] {value});
                                }),
                        Method.of("primitive", "PrimitiveDinic: BFS levels + blocking flows on arrays over the CSR", s -> {
                            double value = PrimitiveDinic.maxFlowValue(graph, source, sink);
                            return Method.Solved.of(() -> new double[] {value});
                        }));
            }

            @Override
            public String spikingMeasures() {
                return "compile + one event-engine hop wavefront per augmenting path (host-driven) + decode";
            }

            @Override
            public double[] form(MaxFlow f) {
                return new double[] {f.value()};
            }

            @Override
            public Validation check(double[] answer, double[] expected) {
                List<String> examples = new ArrayList<>();
                if (Math.abs(answer[0] - expected[0]) > 1e-9 * Math.max(1, Math.abs(expected[0]))) {
                    examples.add(String.format(Locale.ROOT, "value %s where %s has %s", answer[0], against, expected[0]));
                }
                return new Validation(against, 1, examples.size(), examples, 0);
            }
        };
    }
}
