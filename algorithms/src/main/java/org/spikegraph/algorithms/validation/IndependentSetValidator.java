package org.spikegraph.algorithms.validation;

import org.jgrapht.Graph;
import org.jgrapht.alg.color.GreedyColoring;
import org.jgrapht.alg.color.SaturationDegreeColoring;
import org.jgrapht.graph.DefaultEdge;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.SimpleNeighbours;
import org.spikegraph.algorithms.mis.Colouring;
import org.spikegraph.algorithms.mis.IndependentSet;

/**
 * Checks independent sets and colourings by their definitions on the simple undirected graph under
 * the input, and measures JGraphT's greedy colourings for comparison.
 */
public final class IndependentSetValidator {

    private IndependentSetValidator() {}

    /** Colour counts of JGraphT's {@link GreedyColoring} and {@link SaturationDegreeColoring} (DSatur). */
    public record ReferenceColours(int greedy, int saturationDegree) {}

    /**
     * Independence (no edge inside the set) and maximality (every other vertex has a neighbour in the
     * set): one comparison per vertex.
     */
    public static Validation validate(IndependentSet set) {
        SimpleNeighbours simple = SimpleNeighbours.of(set.graph());
        int n = simple.vertexCount();
        int[] memberNeighbours = new int[n];
        for (int k = 0; k < simple.from().length; k++) {
            if (set.member()[simple.from()[k]]) {
                memberNeighbours[simple.to()[k]]++;
            }
        }
        Mismatches m = new Mismatches();
        for (int v = 0; v < n; v++) {
            boolean in = set.member()[v];
            int around = memberNeighbours[v];
            String name = set.graph().name(v);
            m.check(in ? around == 0 : around > 0, () -> in
                    ? "vertex " + name + " is in the set with " + around + " neighbours in it (not independent)"
                    : "vertex " + name + " is outside the set with no neighbour in it (not maximal)");
        }
        return m.result("independence and maximality", 0);
    }

    /** A proper colouring: every edge's ends differ, colours in 0..colours-1; one comparison per edge and vertex. */
    public static Validation validate(Colouring c) {
        SimpleNeighbours simple = SimpleNeighbours.of(c.graph());
        Mismatches m = new Mismatches();
        for (int v = 0; v < simple.vertexCount(); v++) {
            int colour = c.colour()[v];
            String name = c.graph().name(v);
            m.check(colour >= 0 && colour < c.colours(), () -> "vertex " + name + " has colour " + colour
                    + " outside 0.." + (c.colours() - 1));
        }
        for (int k = 0; k < simple.from().length; k++) {
            int u = simple.from()[k];
            int v = simple.to()[k];
            if (u < v) {
                m.check(c.colour()[u] != c.colour()[v], () -> "edge " + c.graph().name(u) + " - " + c.graph().name(v)
                        + " has colour " + c.colour()[u] + " at both ends");
            }
        }
        return m.result("a proper colouring", 0);
    }

    /** Colours JGraphT's greedy colourings use on the same simple graph. */
    public static ReferenceColours referenceColours(CsrGraph graph) {
        Graph<Integer, DefaultEdge> g = JGraphTGraphs.simpleUndirected(graph);
        return new ReferenceColours(new GreedyColoring<>(g).getColoring().getNumberColors(),
                new SaturationDegreeColoring<>(g).getColoring().getNumberColors());
    }
}
