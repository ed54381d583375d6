package org.spikegraph.bench.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.color.GreedyColoring;
import org.jgrapht.graph.DefaultEdge;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.DistancesValidator;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.Validation;

/**
 * The exact references of the spiking independent set and colouring: JGraphT's first-fit {@link
 * GreedyColoring} visiting the vertices in the circuits' priority order (by degree, ties by smaller
 * index). The spiking independent set is the greedy maximal independent set of that order, which is
 * the first-fit colouring's colour class 0; the spiking colouring is the first-fit colouring itself.
 * So the answers must agree vertex by vertex, not only in validity and size.
 */
final class GreedyReference {

    private GreedyReference() {}

    /** What the reference is, for messages. */
    static String name(boolean largestFirst) {
        return "JGraphT GreedyColoring (" + (largestFirst ? "larger" : "smaller") + " degrees first, ties by index)";
    }

    /**
     * JGraphT's first-fit colouring of the simple graph {@code g} (vertices 0..n-1) in degree order.
     *
     * @param largestFirst larger degrees first when true, smaller first when false
     * @return the colour of every vertex
     */
    static long[] colouring(Graph<Integer, DefaultEdge> g, boolean largestFirst) {
        int sign = largestFirst ? -1 : 1;
        GreedyColoring<Integer, DefaultEdge> greedy = new GreedyColoring<>(g) {
            @Override
            protected Iterable<Integer> getVertexOrdering() {
                List<Integer> order = new ArrayList<>(graph.vertexSet());
                order.sort(Comparator.<Integer>comparingInt(v -> sign * graph.degreeOf(v)).thenComparingInt(v -> v));
                return order;
            }
        };
        Map<Integer, Integer> colours = greedy.getColoring().getColors();
        long[] out = new long[g.vertexSet().size()];
        colours.forEach((v, c) -> out[v] = c);
        return out;
    }

    /** JGraphT's greedy maximal independent set, smaller degrees first: 1 for a member, 0 otherwise. */
    static long[] independentSet(Graph<Integer, DefaultEdge> g) {
        long[] colour = colouring(g, false);
        long[] member = new long[colour.length];
        for (int v = 0; v < colour.length; v++) {
            member[v] = colour[v] == 0 ? 1 : 0;
        }
        return member;
    }

    /**
     * Checks a spiking answer (one figure per vertex: membership, or colour) vertex by vertex against
     * the reference in the circuit's order, timing the reference alone, and joins that check with
     * {@code definition} (the answer checked by definition).
     *
     * @param colouring the colouring's reference (larger degrees first) when true, the independent set's
     *                  (smaller degrees first) when false
     */
    static Validation validate(Validation definition, CsrGraph graph, long[] answer, boolean colouring, String what) {
        Graph<Integer, DefaultEdge> g = JGraphTGraphs.simpleUndirected(graph);
        long t0 = System.nanoTime();
        long[] expected = colouring ? colouring(g, true) : independentSet(g);
        long nanos = System.nanoTime() - t0;
        return both(definition, DistancesValidator.validate(graph, answer, expected, name(colouring), what), nanos);
    }

    /** One validation of both checks: by definition, and against the reference (whose time it keeps). */
    private static Validation both(Validation definition, Validation reference, long referenceNanos) {
        List<String> examples = new ArrayList<>(definition.examples());
        for (String e : reference.examples()) {
            if (examples.size() < Validation.MAX_EXAMPLES) {
                examples.add(e);
            }
        }
        return new Validation(definition.against() + "; " + reference.against(), definition.compared() + reference.compared(),
                definition.mismatches() + reference.mismatches(), List.copyOf(examples), referenceNanos);
    }
}
