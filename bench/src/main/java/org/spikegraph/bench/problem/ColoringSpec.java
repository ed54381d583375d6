package org.spikegraph.bench.problem;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.conventional.PrimitiveGreedy;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.SimpleNeighbours;
import org.spikegraph.algorithms.mis.Colouring;
import org.spikegraph.algorithms.mis.MisCompiler;
import org.spikegraph.algorithms.validation.DistancesValidator;
import org.spikegraph.algorithms.validation.IndependentSetValidator;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.Method;

/**
 * {@code coloring}: a greedy colouring (of the simple undirected graph under the input) by a host loop
 * of independent-set runs, one colour each, larger degrees first ({@link MisCompiler#colouring}):
 * Welsh and Powell's first-fit colouring. Checked by definition (a proper colouring) and vertex by
 * vertex against JGraphT's first-fit colouring in the same order ({@link GreedyReference}); compared
 * with that and with first fit on arrays ({@link PrimitiveGreedy}).
 */
public final class ColoringSpec implements ProblemSpec<ColoringSpec.Parameters, Colouring> {

    /** The colouring has no parameters. */
    public static final class Parameters {}

    @Override
    public String name() {
        return "coloring";
    }

    @Override
    public String[] description() {
        return new String[] {"Greedy vertex colouring (directions, self-loops and parallel edges ignored) by successive "
                + "maximal independent sets, one spiking run each (latches with lateral inhibition; Luby 1986 with fixed "
                + "priorities): run c colours the greedy independent set of the uncoloured vertices, larger degrees "
                + "first, with colour c. The colour classes are Welsh & Powell's first-fit colouring (1967): at most "
                + "max degree + 1 colours.",
                "--validate checks a proper colouring, and that JGraphT's first-fit colouring in the same order gives "
                        + "every vertex the same colour. Activity is summed over the runs. --output writes the colour "
                        + "of every vertex."};
    }

    @Override
    public Parameters parameters() {
        return new Parameters();
    }

    /** One latch per vertex (one network shared by every run); at most one synapse per arc each way. */
    @Override
    public Size size(CsrGraph graph, Parameters parameters) {
        return new Size(graph.vertexCount(), KCoreSpec.simplePairsBound(graph));
    }

    @Override
    public Program<Colouring> compile(CsrGraph graph, Parameters parameters, int source, long seed) {
        return MisCompiler.colouring(graph);
    }

    @Override
    public Map<String, Object> reportParameters(CsrGraph graph, Parameters parameters) {
        return Map.of("order", "larger degrees first (Welsh-Powell)");
    }

    @Override
    public Map<String, Object> summary(Colouring c, Parameters parameters) {
        int[] classSize = new int[c.colours()];
        for (int colour : c.colour()) {
            classSize[colour]++;
        }
        int largest = 0;
        for (int s : classSize) {
            largest = Math.max(largest, s);
        }
        return ProblemSpec.fields("colours", c.colours(), "largestClass", largest);
    }

    @Override
    public Validation validate(Colouring c, Parameters parameters) {
        return GreedyReference.validate(IndependentSetValidator.validate(c), c.graph(),
                Arrays.stream(c.colour()).asLongStream().toArray(), true, "colour");
    }

    @Override
    public void writeAnswer(CsrGraph graph, Colouring c, Parameters parameters, PrintWriter out) {
        out.println("# vertex\tcolour");
        for (int v = 0; v < graph.vertexCount(); v++) {
            out.println(graph.name(v) + "\t" + c.colour()[v]);
        }
    }

    /** Per vertex: its colour (0, 1, ...). */
    @Override
    public Object fullAnswer(CsrGraph graph, Colouring c, Parameters parameters) {
        int[] colour = c.colour();
        return AnswerColumns.answer("vertices", AnswerColumns.vertices(graph).add("colour", v -> colour[v]));
    }

    @Override
    public Baselines<Colouring, long[]> baselines(CsrGraph graph, Parameters parameters) {
        Graph<Integer, DefaultEdge> jgrapht = JGraphTGraphs.simpleUndirected(graph);
        String against = GreedyReference.name(true);
        return new Baselines<>() {
            @Override
            public String against() {
                return against;
            }

            @Override
            public List<Method<long[]>> methods() {
                return List.of(
                        Method.of("jgrapht", "JGraphT GreedyColoring in the circuit's order (simple JGraphT graph built "
                                + "once, not timed)", s -> {
                                    long[] colour = GreedyReference.colouring(jgrapht, true);
                                    return Method.Solved.of(() -> colour);
                                }),
                        Method.of("primitive", "PrimitiveGreedy: simple neighbour arrays + counting sort by degree + "
                                + "first fit on int[]", s -> {
                                    SimpleNeighbours simple = SimpleNeighbours.of(graph);
                                    int[] colour = PrimitiveGreedy.colouring(simple, PrimitiveGreedy.degreeOrder(simple, true));
                                    return Method.Solved.of(() -> Arrays.stream(colour).asLongStream().toArray());
                                }));
            }

            @Override
            public String spikingMeasures() {
                return "compile the latch circuit + one event-engine run per colour (host-driven) + decode colours";
            }

            @Override
            public long[] form(Colouring answer) {
                return Arrays.stream(answer.colour()).asLongStream().toArray();
            }

            /** Colour vertex by vertex: every method is first fit in the same order, so the colourings are identical. */
            @Override
            public Validation check(long[] answer, long[] expected) {
                return DistancesValidator.validate(graph, answer, expected, against, "colour");
            }
        };
    }
}
