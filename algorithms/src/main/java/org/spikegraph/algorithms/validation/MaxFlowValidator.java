package org.spikegraph.algorithms.validation;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.flow.MaxFlow;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Checks a {@link MaxFlow} against JGraphT: its value must equal {@code EdmondsKarpMFImpl}'s and
 * {@code PushRelabelMFImpl}'s, the flow must be feasible (0 &le; flow &le; capacity on every arc,
 * conservation at every vertex but the source and the sink, net outflow of the source = the value),
 * and the cut must separate the source from the sink with capacity equal to the value.
 */
public final class MaxFlowValidator {

    private MaxFlowValidator() {}

    /** Validates on a JGraphT copy of the answer's graph. */
    public static Validation validate(MaxFlow answer) {
        return validate(answer, JGraphTGraphs.of(answer.graph()));
    }

    /** Validates against {@code reference}, a JGraphT graph with vertices 0 .. n-1 (see {@link JGraphTGraphs}). */
    public static Validation validate(MaxFlow answer, Graph<Integer, DefaultWeightedEdge> reference) {
        CsrGraph graph = answer.graph();
        int n = graph.vertexCount();
        long t0 = System.nanoTime();
        double ek = new EdmondsKarpMFImpl<>(reference).getMaximumFlowValue(answer.source(), answer.sink());
        long referenceNanos = System.nanoTime() - t0;
        double pr = new PushRelabelMFImpl<>(reference).getMaximumFlowValue(answer.source(), answer.sink());

        Mismatches m = new Mismatches();
        double tol = 1e-6 * Math.max(1, Math.abs(ek));
        m.check(Math.abs(answer.value() - ek) <= tol,
                () -> "value: JGraphT EdmondsKarpMFImpl " + ek + ", spiking " + answer.value());
        m.check(Math.abs(answer.value() - pr) <= tol,
                () -> "value: JGraphT PushRelabelMFImpl " + pr + ", spiking " + answer.value());
        double[] excess = new double[n];
        for (int u = 0; u < n; u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                double f = answer.flow(a);
                int arc = a;
                m.check(f >= 0 && f <= answer.capacity(a) + 1e-9, () -> "arc " + arc + " carries " + f
                        + " outside [0, " + answer.capacity(arc) + "]");
                excess[u] -= f;
                excess[graph.target(a)] += f;
            }
        }
        for (int v = 0; v < n; v++) {
            int x = v;
            double expected = v == answer.source() ? -answer.value() : v == answer.sink() ? answer.value() : 0;
            m.check(Math.abs(excess[v] - expected) <= tol, () -> "vertex " + graph.originalId(x) + ": net inflow "
                    + excess[x] + ", expected " + expected);
        }
        m.check(answer.onSourceSide(answer.source()) && !answer.onSourceSide(answer.sink()),
                () -> "the cut does not separate the source from the sink");
        double cut = answer.cutCapacity();
        m.check(Math.abs(cut - answer.value()) <= tol, () -> "cut capacity " + cut + " differs from the value "
                + answer.value());
        return m.result("JGraphT EdmondsKarpMFImpl and PushRelabelMFImpl", referenceNanos);
    }
}
