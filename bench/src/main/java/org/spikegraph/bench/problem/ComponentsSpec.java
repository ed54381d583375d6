package org.spikegraph.bench.problem;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.components.Components;
import org.spikegraph.algorithms.components.ComponentsCompiler;
import org.spikegraph.algorithms.conventional.PrimitiveComponents;
import org.spikegraph.algorithms.conventional.PrimitiveStrongComponents;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.ComponentsValidator;
import org.spikegraph.algorithms.validation.DistancesValidator;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.Method;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code components}: connected components, or weakly / strongly connected ones of a directed graph,
 * by spike waves of fire-once neurons, one host-driven run per component ({@link ComponentsCompiler}).
 * Checked against JGraphT's {@code ConnectivityInspector} / {@code KosarajuStrongConnectivityInspector};
 * compared with it and with union-find / iterative Tarjan on arrays, every answer reduced to the
 * smallest vertex index of each vertex's component.
 */
public final class ComponentsSpec implements ProblemSpec<ComponentsSpec.Parameters, Components> {

    /** Which components of a directed graph: {@code --weak} or {@code --strong} (an undirected graph needs neither). */
    public static final class Parameters {

        /** The two exclusive options. */
        public static final class Mode {
            @Option(names = "--weak", description = "Weakly connected components of a directed graph.")
            public boolean weak;

            @Option(names = "--strong", description = "Strongly connected components of a directed graph.")
            public boolean strong;
        }

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        public Mode mode;

        /** Parameters for strongly connected components. */
        public static Parameters strong() {
            Parameters p = new Parameters();
            p.mode = new Mode();
            p.mode.strong = true;
            return p;
        }

        /** Parameters for weakly connected components. */
        public static Parameters weak() {
            Parameters p = new Parameters();
            p.mode = new Mode();
            p.mode.weak = true;
            return p;
        }

        boolean isStrong() {
            return mode != null && mode.strong;
        }

        boolean isWeak() {
            return mode != null && mode.weak;
        }

        Components.Kind kind() {
            return isStrong() ? Components.Kind.STRONG : Components.Kind.CONNECTED;
        }
    }

    @Override
    public String name() {
        return "components";
    }

    @Override
    public String[] description() {
        return new String[] {"Connected components by spike waves of fire-once neurons, one host-driven run per component "
                + "(seeded at the lowest vertex no earlier wave reached).",
                "A directed graph needs --weak (waves on its undirected view) or --strong (forward and backward waves "
                        + "from a pivot in one run; the component is their intersection)."};
    }

    @Override
    public Parameters parameters() {
        return new Parameters();
    }

    /**
     * The defaults, as under {@code solve}: a directed graph needs {@code --weak} or {@code --strong}, which
     * {@code compare} takes through the same {@link Parameters.Mode} options.
     */
    @Override
    public Parameters compareParameters(CsrGraph graph) {
        return new Parameters();
    }

    @Override
    public String reportName(CsrGraph graph, Parameters p) {
        return p.isStrong() ? "scc" : p.isWeak() ? "wcc" : "components";
    }

    @Override
    public Size size(CsrGraph graph, Parameters p) {
        requireMode(graph, p);
        long m = graph.arcCount();
        long synapses = p.isStrong() || graph.directed() ? 2 * m : m;
        return new Size(ComponentsCompiler.neurons(graph, p.kind()), synapses);
    }

    @Override
    public Program<Components> compile(CsrGraph graph, Parameters p, int source, long seed) {
        requireMode(graph, p);
        return (p.isStrong() ? ComponentsCompiler.strong(graph) : ComponentsCompiler.connected(graph)).program();
    }

    /** A directed graph needs {@code --weak} or {@code --strong}: the one refusal of solve and compare. */
    private static void requireMode(CsrGraph graph, Parameters p) {
        if (graph.directed() && p.mode == null) {
            throw InputException.aboutGraph(name -> name + " is directed: give --weak or --strong "
                    + "(or --undirected to read it as undirected)");
        }
    }

    @Override
    public Map<String, Object> reportParameters(CsrGraph graph, Parameters p) {
        return ProblemSpec.fields("kind", p.isStrong() ? "strong" : graph.directed() ? "weak" : "connected");
    }

    @Override
    public Map<String, Object> summary(Components c, Parameters p) {
        return ProblemSpec.fields("components", c.count(), "largest", c.largest(), "runs", c.runs());
    }

    @Override
    public Validation validate(Components c, Parameters p) {
        return ComponentsValidator.validate(c);
    }

    @Override
    public void writeAnswer(CsrGraph graph, Components c, Parameters p, PrintWriter out) {
        out.println("# vertex\tcomponent");
        for (int v = 0; v < graph.vertexCount(); v++) {
            out.println(graph.name(v) + "\t" + c.label(v));
        }
    }

    /** Per vertex: its component's label (0, 1, ... in the order the waves found them). */
    @Override
    public Object fullAnswer(CsrGraph graph, Components c, Parameters p) {
        return AnswerColumns.answer("vertices", AnswerColumns.vertices(graph).add("component", c::label));
    }

    @Override
    public Baselines<Components, long[]> baselines(CsrGraph graph, Parameters p) {
        Graph<Integer, DefaultWeightedEdge> jgrapht = JGraphTGraphs.of(graph);
        boolean strong = p.isStrong();
        String against = strong ? "JGraphT KosarajuStrongConnectivityInspector" : "JGraphT ConnectivityInspector";
        return new Baselines<>() {
            @Override
            public String against() {
                return against;
            }

            @Override
            public List<Method<long[]>> methods() {
                if (strong) {
                    return List.of(
                            Method.of("jgrapht", "JGraphT KosarajuStrongConnectivityInspector.stronglyConnectedSets "
                                    + "(JGraphT graph built once, not timed)", s -> {
                                        List<Set<Integer>> sets = new KosarajuStrongConnectivityInspector<>(jgrapht)
                                                .stronglyConnectedSets();
                                        return Method.Solved.of(() -> smallest(graph, sets));
                                    }),
                            Method.of("primitive", "PrimitiveStrongComponents: iterative Tarjan on int[] over the CSR", s -> {
                                int[] label = PrimitiveStrongComponents.smallestVertexLabels(graph);
                                return Method.Solved.of(() -> Arrays.stream(label).asLongStream().toArray());
                            }));
                }
                return List.of(
                        Method.of("jgrapht", "JGraphT ConnectivityInspector.connectedSets (JGraphT graph built once, not timed)",
                                s -> {
                                    List<Set<Integer>> sets = new ConnectivityInspector<>(jgrapht).connectedSets();
                                    return Method.Solved.of(() -> smallest(graph, sets));
                                }),
                        Method.of("primitive", "PrimitiveComponents: union-find on int[] over the CSR", s -> {
                            int[] label = PrimitiveComponents.smallestVertexLabels(graph);
                            return Method.Solved.of(() -> Arrays.stream(label).asLongStream().toArray());
                        }));
            }

            @Override
            public String spikingMeasures() {
                return "compile the wave circuit + one event-engine run per component (host-driven) + decode";
            }

            @Override
            public long[] form(Components c) {
                int[] first = new int[c.count()];
                Arrays.fill(first, -1);
                long[] label = new long[graph.vertexCount()];
                for (int v = 0; v < label.length; v++) { // increasing v: the first vertex of a label is its smallest
                    int l = c.label(v);
                    if (first[l] < 0) {
                        first[l] = v;
                    }
                    label[v] = first[l];
                }
                return label;
            }

            @Override
            public Validation check(long[] answer, long[] expected) {
                return DistancesValidator.validate(graph, answer, expected, against, "component (smallest vertex index)");
            }
        };
    }

    private static long[] smallest(CsrGraph graph, List<Set<Integer>> sets) {
        long[] label = new long[graph.vertexCount()];
        for (Set<Integer> set : sets) {
            int min = set.stream().mapToInt(Integer::intValue).min().orElseThrow();
            for (int v : set) {
                label[v] = min;
            }
        }
        return label;
    }
}
