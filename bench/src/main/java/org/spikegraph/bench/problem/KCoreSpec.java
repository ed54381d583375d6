package org.spikegraph.bench.problem;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.graph.DefaultEdge;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.conventional.PrimitiveKCore;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.SimpleNeighbours;
import org.spikegraph.algorithms.kcore.CoreDecomposition;
import org.spikegraph.algorithms.kcore.KCoreCompiler;
import org.spikegraph.algorithms.validation.CoreDecompositionValidator;
import org.spikegraph.algorithms.validation.DistancesValidator;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.Method;

/**
 * {@code kcore}: the coreness of every vertex (of the simple undirected graph under the input) by a
 * host loop of spiking peeling runs, one per k ({@link KCoreCompiler}); checked against JGraphT's
 * {@link Coreness}; compared with it and with Batagelj and Zaversnik's bucket queue on arrays
 * ({@link PrimitiveKCore}).
 */
public final class KCoreSpec implements ProblemSpec<KCoreSpec.Parameters, CoreDecomposition> {

    /** k-core has no parameters. */
    public static final class Parameters {}

    @Override
    public String name() {
        return "kcore";
    }

    @Override
    public String[] description() {
        return new String[] {"k-core decomposition (coreness of every vertex; directions, self-loops and parallel edges "
                + "ignored) by spiking peeling (Batagelj & Zaversnik 2003; threshold neurons as in Hamilton, Mintz & "
                + "Schuman 2019): run k has one fire-once gate per vertex with threshold deg - k + 1, wired to its "
                + "neighbours; the vertices already peeled are forced at step 0 and the cascade removes every vertex "
                + "left with fewer than k neighbours. The host records coreness k - 1 for them and runs again "
                + "(degeneracy + 1 runs).",
                "Activity is summed over the runs. --output writes the coreness of every vertex."};
    }

    @Override
    public Parameters parameters() {
        return new Parameters();
    }

    /** One gate per vertex; at most one synapse per arc each way of the simple undirected graph. */
    @Override
    public Size size(CsrGraph graph, Parameters parameters) {
        return new Size(graph.vertexCount(), simplePairsBound(graph));
    }

    @Override
    public Program<CoreDecomposition> compile(CsrGraph graph, Parameters parameters, int source, long seed) {
        return KCoreCompiler.compile(graph);
    }

    @Override
    public Map<String, Object> reportParameters(CsrGraph graph, Parameters parameters) {
        return Map.of();
    }

    @Override
    public Map<String, Object> summary(CoreDecomposition d, Parameters parameters) {
        long sum = 0;
        for (int c : d.coreness()) {
            sum += c;
        }
        return ProblemSpec.fields("degeneracy", d.degeneracy(), "maxCoreVertices", d.coreSize(d.degeneracy()),
                "corenessSum", sum);
    }

    @Override
    public Validation validate(CoreDecomposition d, Parameters parameters) {
        return CoreDecompositionValidator.validate(d);
    }

    @Override
    public void writeAnswer(CsrGraph graph, CoreDecomposition d, Parameters parameters, PrintWriter out) {
        out.println("# vertex\tcoreness");
        for (int v = 0; v < graph.vertexCount(); v++) {
            out.println(graph.name(v) + "\t" + d.coreness(v));
        }
    }

    /** Per vertex: its coreness. */
    @Override
    public Object fullAnswer(CsrGraph graph, CoreDecomposition d, Parameters parameters) {
        return AnswerColumns.answer("vertices", AnswerColumns.vertices(graph).add("coreness", d::coreness));
    }

    @Override
    public Baselines<CoreDecomposition, long[]> baselines(CsrGraph graph, Parameters parameters) {
        Graph<Integer, DefaultEdge> jgrapht = JGraphTGraphs.simpleUndirected(graph);
        String against = "JGraphT Coreness";
        return new Baselines<>() {
            @Override
            public String against() {
                return against;
            }

            @Override
            public List<Method<long[]>> methods() {
                return List.of(
                        Method.of("jgrapht", "JGraphT Coreness.getScores (simple JGraphT graph built once, not timed)", s -> {
                            Map<Integer, Integer> scores = new Coreness<>(jgrapht).getScores();
                            return Method.Solved.of(() -> {
                                long[] c = new long[graph.vertexCount()];
                                scores.forEach((v, k) -> c[v] = k);
                                return c;
                            });
                        }),
                        Method.of("primitive",
                                "PrimitiveKCore: simple neighbour arrays + Batagelj-Zaversnik bucket queue on int[]", s -> {
                                    int[] c = PrimitiveKCore.coreness(SimpleNeighbours.of(graph));
                                    return Method.Solved.of(() -> Arrays.stream(c).asLongStream().toArray());
                                }));
            }

            @Override
            public String spikingMeasures() {
                return "compile the peeling program + one event-engine run per k (host-driven) + decode coreness";
            }

            @Override
            public long[] form(CoreDecomposition answer) {
                return Arrays.stream(answer.coreness()).asLongStream().toArray();
            }

            @Override
            public Validation check(long[] answer, long[] expected) {
                return DistancesValidator.validate(graph, answer, expected, against, "coreness");
            }
        };
    }

    /** The most directed pairs the simple undirected graph under {@code graph} can have. */
    static long simplePairsBound(CsrGraph graph) {
        return graph.directed() ? 2L * graph.arcCount() : graph.arcCount();
    }
}
