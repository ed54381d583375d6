package org.spikegraph.algorithms.validation;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.spikegraph.algorithms.dag.LongestPaths;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Checks a {@link LongestPaths} answer against JGraphT. JGraphT's {@code CycleDetector} finds the
 * vertices on cycles; those and every vertex they reach are the ones that must not fire. On the
 * rest (a DAG) an exact dynamic programme over JGraphT's {@code TopologicalOrderIterator} gives the
 * longest distance from any source (d(v) = max over in-edges (u, v) of d(u) + w, 0 for a source),
 * which every fired vertex must hold. The answer must report a cycle exactly when JGraphT finds one,
 * and the reported cycle must be a real closed walk of arcs. Critical arcs must be tight.
 */
public final class LongestPathValidator {

    private LongestPathValidator() {}

    /** Validates against JGraphT on a JGraphT copy of the answer's graph. */
    public static Validation validate(LongestPaths answer) {
        return validate(answer, JGraphTGraphs.of(answer.graph()));
    }

    /** Validates against JGraphT on {@code reference}, a directed JGraphT graph with vertices 0 .. n-1. */
    public static Validation validate(LongestPaths answer, Graph<Integer, DefaultWeightedEdge> reference) {
        CsrGraph graph = answer.graph();
        int n = graph.vertexCount();
        long t0 = System.nanoTime();
        long[] expected = longest(reference, n);
        long referenceNanos = System.nanoTime() - t0;

        Mismatches m = new Mismatches();
        for (int v = 0; v < n; v++) {
            final int x = v;
            long e = expected[v];
            long got = answer.distance(v);
            m.check(e == got, () -> "vertex " + graph.name(x) + ": JGraphT DP "
                    + (e == LongestPaths.NOT_FIRED ? "on or behind a cycle" : "longest distance " + e) + ", spiking "
                    + (got == LongestPaths.NOT_FIRED ? "never fired" : "fired at " + got));
            int a = answer.criticalArc(v);
            if (got != LongestPaths.NOT_FIRED && a >= 0) {
                int u = graph.tail(a);
                boolean tight = graph.target(a) == v && answer.fired(u)
                        && answer.distance(u) + (graph.weighted() ? (long) graph.weight(a) : 1) == got;
                m.check(tight, () -> "vertex " + graph.name(x) + ": critical arc " + a + " is not tight");
            }
        }
        boolean jgraphtCycle = java.util.Arrays.stream(expected).anyMatch(d -> d == LongestPaths.NOT_FIRED);
        m.check(jgraphtCycle == !answer.acyclic(), () -> "JGraphT CycleDetector " + (jgraphtCycle ? "finds" : "finds no")
                + " cycle, spiking " + (answer.acyclic() ? "reports none" : "reports one"));
        int[] cycle = answer.cycle();
        if (cycle.length > 0) {
            m.check(isCycle(graph, cycle), () -> "the reported cycle " + java.util.Arrays.toString(cycle)
                    + " is not a closed walk of arcs");
        }
        return m.result("JGraphT CycleDetector + DP over TopologicalOrderIterator", referenceNanos);
    }

    /**
     * The reference's longest distance of every vertex of {@code reference} (vertices 0 .. n-1):
     * {@link LongestPaths#NOT_FIRED} on and behind cycles ({@code CycleDetector}), else the longest
     * path weight by dynamic programming over JGraphT's {@code TopologicalOrderIterator} of the rest.
     */
    public static long[] longest(Graph<Integer, DefaultWeightedEdge> reference, int n) {
        CycleDetector<Integer, DefaultWeightedEdge> detector = new CycleDetector<>(reference);
        Set<Integer> onCycles = detector.findCycles();
        // everything reachable from a cycle never fires
        Set<Integer> behind = new HashSet<>(onCycles);
        ArrayDeque<Integer> queue = new ArrayDeque<>(onCycles);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (DefaultWeightedEdge e : reference.outgoingEdgesOf(u)) {
                int v = reference.getEdgeTarget(e);
                if (behind.add(v)) {
                    queue.add(v);
                }
            }
        }
        Set<Integer> acyclicPart = new HashSet<>();
        for (int v = 0; v < n; v++) {
            if (!behind.contains(v)) {
                acyclicPart.add(v);
            }
        }
        Graph<Integer, DefaultWeightedEdge> dag = new AsSubgraph<>(reference, acyclicPart);
        long[] expected = new long[n];
        java.util.Arrays.fill(expected, LongestPaths.NOT_FIRED);
        TopologicalOrderIterator<Integer, DefaultWeightedEdge> order = new TopologicalOrderIterator<>(dag);
        while (order.hasNext()) {
            int v = order.next();
            long d = 0;
            for (DefaultWeightedEdge e : dag.incomingEdgesOf(v)) {
                d = Math.max(d, expected[dag.getEdgeSource(e)] + (long) dag.getEdgeWeight(e));
            }
            expected[v] = d;
        }
        return expected;
    }

    /** True when cycle[i] -> cycle[i+1] (and the last -> the first) are arcs of the graph, with no vertex repeated. */
    public static boolean isCycle(CsrGraph graph, int[] cycle) {
        if (cycle.length == 0) {
            return false;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < cycle.length; i++) {
            int u = cycle[i];
            int v = cycle[(i + 1) % cycle.length];
            if (u < 0 || u >= graph.vertexCount() || !seen.add(u)) {
                return false;
            }
            boolean arc = false;
            for (int a = graph.outStart(u); a < graph.outEnd(u) && !arc; a++) {
                arc = graph.target(a) == v;
            }
            if (!arc) {
                return false;
            }
        }
        return true;
    }
}
