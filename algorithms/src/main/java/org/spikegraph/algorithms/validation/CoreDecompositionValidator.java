package org.spikegraph.algorithms.validation;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.graph.DefaultEdge;
import org.spikegraph.algorithms.kcore.CoreDecomposition;

/** Checks a k-core decomposition against JGraphT's {@link Coreness} on the same simple undirected graph. */
public final class CoreDecompositionValidator {

    private CoreDecompositionValidator() {}

    /** Compares the coreness of every vertex. */
    public static Validation validate(CoreDecomposition d) {
        Graph<Integer, DefaultEdge> g = JGraphTGraphs.simpleUndirected(d.graph());
        long t0 = System.nanoTime();
        Coreness<Integer, DefaultEdge> reference = new Coreness<>(g);
        Map<Integer, Integer> scores = reference.getScores();
        long nanos = System.nanoTime() - t0;
        Mismatches m = new Mismatches();
        for (int v = 0; v < d.coreness().length; v++) {
            int expected = scores.get(v);
            int got = d.coreness(v);
            int vertex = v;
            m.check(expected == got, () -> "vertex " + d.graph().name(vertex) + ": coreness " + expected + ", got " + got);
        }
        return m.result("JGraphT Coreness", nanos);
    }
}
