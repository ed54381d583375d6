package org.spikegraph.bench.problem;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.conventional.PrimitiveGreedy;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.SimpleNeighbours;
import org.spikegraph.algorithms.mis.IndependentSet;
import org.spikegraph.algorithms.mis.MisCompiler;
import org.spikegraph.algorithms.validation.DistancesValidator;
import org.spikegraph.algorithms.validation.IndependentSetValidator;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.Method;

/**
 * {@code mis}: a maximal independent set (of the simple undirected graph under the input) in one run
 * of latches with lateral inhibition ({@link MisCompiler#independentSet}). Checked by definition
 * (independent and maximal) and vertex by vertex against the same greedy order run by JGraphT
 * ({@link GreedyReference}); compared with that and with a greedy pass on arrays ({@link PrimitiveGreedy}).
 */
public final class MisSpec implements ProblemSpec<MisSpec.Parameters, IndependentSet> {

    /** The independent set has no parameters. */
    public static final class Parameters {}

    @Override
    public String name() {
        return "mis";
    }

    @Override
    public String[] description() {
        return new String[] {"Maximal independent set (directions, self-loops and parallel edges ignored) in one run of "
                + "fire-once latches with lateral inhibition (Luby 1986 with fixed priorities; Blelloch, Fineman & Shun "
                + "2012): each vertex gets a current at the step of its rank (smaller degrees first, ties by id order) "
                + "and spikes unless a neighbour spiked before; the spiking vertices are the greedy independent set of "
                + "that order.",
                "--validate checks independence and maximality, and that JGraphT's greedy colouring in the same order "
                        + "has exactly this set as its first colour. --output writes 1 (in the set) or 0 per vertex."};
    }

    @Override
    public Parameters parameters() {
        return new Parameters();
    }

    /** One latch per vertex; at most one synapse per arc each way of the simple undirected graph. */
    @Override
    public Size size(CsrGraph graph, Parameters parameters) {
        return new Size(graph.vertexCount(), KCoreSpec.simplePairsBound(graph));
    }

    @Override
    public Program<IndependentSet> compile(CsrGraph graph, Parameters parameters, int source, long seed) {
        return MisCompiler.independentSet(graph);
    }

    @Override
    public Map<String, Object> reportParameters(CsrGraph graph, Parameters parameters) {
        return Map.of("order", "smaller degrees first");
    }

    @Override
    public Map<String, Object> summary(IndependentSet set, Parameters parameters) {
        return ProblemSpec.fields("size", set.size());
    }

    @Override
    public Validation validate(IndependentSet set, Parameters parameters) {
        return GreedyReference.validate(IndependentSetValidator.validate(set), set.graph(), members(set), false, "membership");
    }

    @Override
    public void writeAnswer(CsrGraph graph, IndependentSet set, Parameters parameters, PrintWriter out) {
        out.println("# vertex\tin_set");
        for (int v = 0; v < graph.vertexCount(); v++) {
            out.println(graph.name(v) + "\t" + (set.member()[v] ? 1 : 0));
        }
    }

    /** Per vertex: whether it is in the set. */
    @Override
    public Object fullAnswer(CsrGraph graph, IndependentSet set, Parameters parameters) {
        boolean[] member = set.member();
        return AnswerColumns.answer("vertices", AnswerColumns.vertices(graph).add("inSet", v -> member[v]));
    }

    @Override
    public Baselines<IndependentSet, long[]> baselines(CsrGraph graph, Parameters parameters) {
        Graph<Integer, DefaultEdge> jgrapht = JGraphTGraphs.simpleUndirected(graph);
        String against = GreedyReference.name(false);
        return new Baselines<>() {
            @Override
            public String against() {
                return against;
            }

            @Override
            public List<Method<long[]>> methods() {
                return List.of(
                        Method.of("jgrapht", "JGraphT GreedyColoring in the circuit's order, colour class 0 "
                                + "(simple JGraphT graph built once, not timed)", s -> {
                                    long[] member = GreedyReference.independentSet(jgrapht);
                                    return Method.Solved.of(() -> member);
                                }),
                        Method.of("primitive", "PrimitiveGreedy: simple neighbour arrays + counting sort by degree + one "
                                + "greedy pass on boolean[]", s -> {
                                    SimpleNeighbours simple = SimpleNeighbours.of(graph);
                                    boolean[] member = PrimitiveGreedy.independentSet(simple,
                                            PrimitiveGreedy.degreeOrder(simple, false));
                                    return Method.Solved.of(() -> members(member));
                                }));
            }

            @Override
            public String spikingMeasures() {
                return "compile the latch circuit + one event-engine run + decode the set";
            }

            @Override
            public long[] form(IndependentSet answer) {
                return members(answer);
            }

            /** Membership vertex by vertex: every method runs the same greedy order, so the sets are identical. */
            @Override
            public Validation check(long[] answer, long[] expected) {
                return DistancesValidator.validate(graph, answer, expected, against, "membership");
            }
        };
    }

    private static long[] members(IndependentSet set) {
        return members(set.member());
    }

    private static long[] members(boolean[] member) {
        long[] out = new long[member.length];
        for (int v = 0; v < member.length; v++) {
            out[v] = member[v] ? 1 : 0;
        }
        return out;
    }
}
