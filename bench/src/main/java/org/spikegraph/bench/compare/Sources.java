package org.spikegraph.bench.compare;

import java.util.List;
import java.util.SplittableRandom;
import org.spikegraph.algorithms.conventional.PrimitiveComponents;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.bench.problem.InputException;

/**
 * Sources chosen reproducibly, among vertices whose run does real work: k distinct vertices drawn
 * uniformly by a seeded generator among the vertices of the largest weakly connected component (the
 * one with the smallest vertex among equals) that have an arc to another vertex, so that no source
 * reaches only itself (e.g. a vertex whose only arc is a self-loop). On a graph without such a vertex
 * (no arcs but self-loops) every vertex is a candidate. Or the sources the user names ({@link #given}).
 */
public final class Sources {

    /** How the candidates are chosen, in words, for reports. */
    public static final String RULE = "drawn among the vertices of the largest weakly connected component with an arc "
            + "to another vertex";

    /** How given sources are described in reports. */
    public static final String GIVEN = "given by --sources";

    private Sources() {}

    /**
     * k distinct vertex indices, in the order drawn; the same graph, k and seed give the same sources.
     *
     * @throws IllegalArgumentException when k &lt; 1 or the graph has fewer than k candidate vertices
     */
    public static int[] choose(CsrGraph graph, int k, long seed) {
        int[] candidates = candidates(graph);
        int c = candidates.length;
        if (k < 1 || k > c) {
            throw new IllegalArgumentException("--source-count must be between 1 and " + c
                    + " (the vertices of the largest weakly connected component with an arc to another vertex), got " + k);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] out = new int[k];
        for (int i = 0; i < k; i++) { // partial Fisher-Yates shuffle
            int j = i + random.nextInt(c - i);
            int t = candidates[i];
            candidates[i] = candidates[j];
            candidates[j] = t;
            out[i] = candidates[i];
        }
        return out;
    }

    /**
     * The vertices written {@code ids} in the graph's file, as indices in the order given.
     *
     * @throws org.spikegraph.bench.problem.InputException for an id that is not a vertex (its message
     *         names the graph through {@code message(name)}), or an id given twice
     */
    public static int[] given(CsrGraph graph, List<String> ids) {
        int[] out = new int[ids.size()];
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < out.length; i++) {
            out[i] = InputException.vertex(graph, ids.get(i), "--sources");
            if (!seen.add(out[i])) {
                throw new InputException("--sources lists vertex " + ids.get(i) + " twice");
            }
        }
        if (out.length == 0) {
            throw new InputException("--sources needs at least one vertex id");
        }
        return out;
    }

    /** The candidate vertices in increasing order (a new array). */
    static int[] candidates(CsrGraph graph) {
        int n = graph.vertexCount();
        int[] label = PrimitiveComponents.smallestVertexLabels(graph);
        int[] size = new int[n];
        int largest = 0;
        for (int v = 0; v < n; v++) {
            size[label[v]]++;
            if (size[label[v]] > size[largest] || size[label[v]] == size[largest] && label[v] < largest) {
                largest = label[v];
            }
        }
        boolean anyArc = n > 0 && size[largest] > 1; // else every component is one vertex: no run leaves its source
        int[] candidates = new int[n];
        int c = 0;
        for (int v = 0; v < n; v++) {
            if (!anyArc || label[v] == largest && leaves(graph, v)) {
                candidates[c++] = v;
            }
        }
        return java.util.Arrays.copyOf(candidates, c);
    }

    /** Whether {@code v} has an arc to a vertex other than itself. */
    private static boolean leaves(CsrGraph graph, int v) {
        for (int a = graph.outStart(v), end = graph.outEnd(v); a < end; a++) {
            if (graph.target(a) != v) {
                return true;
            }
        }
        return false;
    }
}
