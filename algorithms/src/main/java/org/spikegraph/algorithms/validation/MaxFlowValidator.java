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

    /** Validates on a JGraphT copy of the answer's graph ({@link #reference}). */
    public static Validation validate(MaxFlow answer) {
        return validate(answer, reference(answer.graph()));
    }

    /**
     * The JGraphT graph to check a flow on: the same flow problem as a simple graph, parallel arcs
     * (edges) merged into one carrying the sum of their capacities, self-loops dropped (they carry
     * nothing). JGraphT 1.5.3's max-flow algorithms are wrong on some multigraphs: on undirected ones
     * both overcount (e.g. 23 where the cut {0, 2} has capacity 20), and on a directed multigraph with
     * antiparallel arcs and self-loops {@code PushRelabelMFImpl} undercounted (51 where
     * {@code EdmondsKarpMFImpl} and the cut say 62). On the merged simple graph they agree with us.
     */
    public static Graph<Integer, DefaultWeightedEdge> reference(CsrGraph graph) {
        Graph<Integer, DefaultWeightedEdge> g = graph.directed()
                ? new org.jgrapht.graph.SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class)
                : new org.jgrapht.graph.SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < graph.vertexCount(); v++) {
            g.addVertex(v);
        }
        for (int u = 0; u < graph.vertexCount(); u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                int v = graph.target(a);
                if (v == u || !graph.directed() && v < u) {
                    continue; // a self-loop, or the other arc of an undirected edge
                }
                DefaultWeightedEdge e = g.getEdge(u, v);
                if (e == null) {
                    g.setEdgeWeight(g.addEdge(u, v), graph.weight(a));
                } else {
                    g.setEdgeWeight(e, g.getEdgeWeight(e) + graph.weight(a));
                }
            }
        }
        return g;
    }

    /** Validates against {@code reference}, a JGraphT graph with vertices 0 .. n-1 (see {@link #reference}). */
    public static Validation validate(MaxFlow answer, Graph<Integer, DefaultWeightedEdge> reference) {
        CsrGraph graph = answer.graph();
        int n = graph.vertexCount();
        long t0 = System.nanoTime();
        double ek = new EdmondsKarpMFImpl<>(reference).getMaximumFlowValue(answer.source(), answer.sink());
        long referenceNanos = System.nanoTime() - t0;
        double pr;
        String against = "JGraphT EdmondsKarpMFImpl and PushRelabelMFImpl";
        try {
            pr = new PushRelabelMFImpl<>(reference).getMaximumFlowValue(answer.source(), answer.sink());
        } catch (AssertionError e) {
            // JGraphT 1.5.3's PushRelabelMFImpl tripped one of its own asserts on rome99 as a pseudograph
            // when the JVM runs with -ea; without -ea it answers. Compare with Edmonds-Karp alone then.
            pr = ek;
            against = "JGraphT EdmondsKarpMFImpl (PushRelabelMFImpl failed its own assertion under -ea)";
        }
        double prValue = pr;

        Mismatches m = new Mismatches();
        double tol = 1e-6 * Math.max(1, Math.abs(ek));
        m.check(Math.abs(answer.value() - ek) <= tol,
                () -> "value: JGraphT EdmondsKarpMFImpl " + ek + ", spiking " + answer.value());
        m.check(Math.abs(answer.value() - prValue) <= tol,
                () -> "value: JGraphT PushRelabelMFImpl " + prValue + ", spiking " + answer.value());
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
            m.check(Math.abs(excess[v] - expected) <= tol, () -> "vertex " + graph.name(x) + ": net inflow "
                    + excess[x] + ", expected " + expected);
        }
        m.check(answer.onSourceSide(answer.source()) && !answer.onSourceSide(answer.sink()),
                () -> "the cut does not separate the source from the sink");
        double cut = answer.cutCapacity();
        m.check(Math.abs(cut - answer.value()) <= tol, () -> "cut capacity " + cut + " differs from the value "
                + answer.value());
        return m.result(against, referenceNanos);
    }
}
