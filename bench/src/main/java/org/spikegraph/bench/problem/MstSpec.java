package org.spikegraph.bench.problem;

import org.spikegraph.bench.report.NumberText;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.SpanningTreeAlgorithm;
import org.jgrapht.alg.spanning.KruskalMinimumSpanningTree;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.conventional.PrimitiveKruskal;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.spanningtree.SpanningForest;
import org.spikegraph.algorithms.spanningtree.SpanningForestCompiler;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.SpanningForestValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.Method;
import org.spikegraph.bench.report.NumberText;

/**
 * {@code mst}: a minimum spanning forest of the undirected view by spiking Borůvka rounds, one
 * host-driven run each ({@link SpanningForestCompiler}). Checked against JGraphT's Kruskal; compared
 * with it and with {@link PrimitiveKruskal}, reduced to {weight, edges} (a minimum forest's weight is
 * unique even where its edges are not).
 */
public final class MstSpec implements ProblemSpec<MstSpec.Parameters, SpanningForest> {

    /** Spanning forests have no parameters. */
    public static final class Parameters {}

    @Override
    public String name() {
        return "mst";
    }

    @Override
    public String[] description() {
        return new String[] {"Minimum spanning forest (undirected view; of two opposite arcs the lighter counts) by spiking "
                + "Boruvka rounds, batched spiking Prim (Kay, Date & Schuman, NICE 2020): in each run every vertex "
                + "fires at step 0, each component's fire-once neuron listens to the vertices outside it with "
                + "delay = 1 + rank of the edge by (weight, arc index), so its first spike names its lightest leaving "
                + "edge; the host merges components and runs again (at most log2 n runs).",
                "Activity is summed over the runs; --hardware projects every run. --output writes the forest's edges."};
    }

    @Override
    public Parameters parameters() {
        return new Parameters();
    }

    @Override
    public Size size(CsrGraph graph, Parameters p) {
        return new Size(2L * graph.vertexCount(), 2L * graph.arcCount());
    }

    @Override
    public Program<SpanningForest> compile(CsrGraph graph, Parameters p, int source, long seed) {
        return new SpanningForestCompiler(graph).program();
    }

    @Override
    public Map<String, Object> reportParameters(CsrGraph graph, Parameters p) {
        return ProblemSpec.fields("construction", "Boruvka rounds, one run each");
    }

    @Override
    public Map<String, Object> summary(SpanningForest f, Parameters p) {
        Object weight = f.graph().integralWeights() ? (Object) Math.round(f.weight()) : (Object) f.weight();
        return ProblemSpec.fields("weight", weight, "edges", f.edgeCount(), "components", f.components(), "runs", f.runs());
    }

    @Override
    public Validation validate(SpanningForest f, Parameters p) {
        return SpanningForestValidator.validate(f);
    }

    @Override
    public void writeAnswer(CsrGraph graph, SpanningForest f, Parameters p, PrintWriter out) {
        out.println("# u\tv\tweight");
        for (int a : f.arcs()) {
            out.println(graph.name(graph.tail(a)) + "\t" + graph.name(graph.target(a)) + "\t" + NumberText.plain(graph.weight(a)));
        }
    }

    /** The forest's edges: u, v (the file's ids, as the arc runs) and weight, one row per edge. */
    @Override
    public Object fullAnswer(CsrGraph graph, SpanningForest f, Parameters p) {
        int[] arcs = f.arcs();
        return AnswerColumns.answer("edges", AnswerColumns.of(arcs.length)
                .add("u", i -> AnswerColumns.id(graph, graph.tail(arcs[i])))
                .add("v", i -> AnswerColumns.id(graph, graph.target(arcs[i])))
                .add("weight", i -> AnswerColumns.number(graph.weight(arcs[i]))));
    }

    @Override
    public Baselines<SpanningForest, double[]> baselines(CsrGraph graph, Parameters p) {
        Graph<Integer, DefaultWeightedEdge> jgrapht = JGraphTGraphs.of(graph.directed() ? graph.undirectedView() : graph);
        String against = "JGraphT KruskalMinimumSpanningTree";
        return new Baselines<>() {
            @Override
            public String against() {
                return against;
            }

            @Override
            public List<Method<double[]>> methods() {
                return List.of(
                        Method.of("jgrapht", "JGraphT KruskalMinimumSpanningTree.getSpanningTree (JGraphT graph built once, "
                                + "not timed)", s -> {
                                    SpanningTreeAlgorithm.SpanningTree<DefaultWeightedEdge> t =
                                            new KruskalMinimumSpanningTree<>(jgrapht).getSpanningTree();
                                    return Method.Solved.of(() -> new double[] {t.getWeight(), t.getEdges().size()});
                                }),
                        Method.of("primitive", "PrimitiveKruskal: fastutil radix sort of arc indices by weight + union-find "
                                + "on int[]", s -> {
                                    PrimitiveKruskal.Forest f = PrimitiveKruskal.minimumSpanningForest(graph);
                                    return Method.Solved.of(() -> new double[] {f.weight(), f.edges()});
                                }));
            }

            @Override
            public String spikingMeasures() {
                return "compile + one event-engine run per Boruvka round (host-driven) + decode";
            }

            @Override
            public double[] form(SpanningForest f) {
                return new double[] {f.weight(), f.edgeCount()};
            }

            @Override
            public Validation check(double[] answer, double[] expected) {
                List<String> examples = new ArrayList<>();
                if (Math.abs(answer[0] - expected[0]) > 1e-9 * Math.max(1, Math.abs(expected[0]))) {
                    examples.add(String.format(Locale.ROOT, "weight %s where %s has %s", answer[0], against, expected[0]));
                }
                if (answer[1] != expected[1]) {
                    examples.add(String.format(Locale.ROOT, "%.0f edges where %s has %.0f", answer[1], against, expected[1]));
                }
                return new Validation(against, 2, examples.size(), examples, 0);
            }
        };
    }
}
