package org.spikegraph.bench.compare;

import java.util.SplittableRandom;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Sources chosen reproducibly: k distinct vertices drawn uniformly by a seeded generator among the
 * vertices with at least one outgoing arc (a source with none would measure nothing), or among all
 * vertices when none has one.
 */
public final class Sources {

    private Sources() {}

    /**
     * k distinct vertex indices, in the order drawn; the same graph, k and seed give the same sources.
     *
     * @throws IllegalArgumentException when k &lt; 1 or the graph has fewer than k candidate vertices
     */
    public static int[] choose(CsrGraph graph, int k, long seed) {
        int n = graph.vertexCount();
        int[] candidates = new int[n];
        int c = 0;
        for (int v = 0; v < n; v++) {
            if (graph.outDegree(v) > 0) {
                candidates[c++] = v;
            }
        }
        if (c == 0) {
            for (int v = 0; v < n; v++) {
                candidates[c++] = v;
            }
        }
        if (k < 1 || k > c) {
            throw new IllegalArgumentException("--sources must be between 1 and " + c
                    + " (the vertices with an outgoing arc), got " + k);
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
}
