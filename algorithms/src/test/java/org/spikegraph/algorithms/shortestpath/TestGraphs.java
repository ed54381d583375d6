package org.spikegraph.algorithms.shortestpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.testing.Engines;

/**
 * Shortest-path checks shared by this package's tests: a checker for returned paths, a runner, and an
 * exact hop-bounded DP. The random graphs themselves come from {@link
 * org.spikegraph.algorithms.testing.RandomGraphs}.
 */
final class TestGraphs {

    private TestGraphs() {}

    /**
     * Checks that {@code answer.pathArcs(v)} is a real path of the answer's graph from one of its
     * sources to v, and returns its weight (hop count under the hop encoding), summed from the source.
     */
    static double checkPath(ShortestPaths answer, int v) {
        CsrGraph g = answer.graph();
        int[] arcs = answer.pathArcs(v);
        assertThat(arcs).as("path to reached vertex %d", v).isNotNull();
        int start = arcs.length == 0 ? v : g.tail(arcs[0]);
        assertThat(answer.sources()).as("path to %d starts at a source", v).contains(start);
        int at = start;
        double weight = 0;
        boolean hops = answer.encoding().kind() == DelayEncoding.Kind.HOPS;
        for (int a : arcs) {
            assertThat(a).as("arc %d of path to %d leaves %d", a, v, at)
                    .isGreaterThanOrEqualTo(g.outStart(at)).isLessThan(g.outEnd(at));
            weight += hops ? 1 : g.weight(a);
            at = g.target(a);
        }
        assertThat(at).as("path to %d ends there", v).isEqualTo(v);
        return weight;
    }

    /** Runs a shortest-path circuit on an engine and decodes it. */
    static ShortestPaths run(Circuit<ShortestPaths> circuit, Engines engine, long seed) {
        return circuit.run(engine.create(), seed).answer();
    }

    /** Exact hop-bounded distances: k rounds, each relaxing every arc from the previous round's values; -1 unreached. */
    static long[] hopBoundedDp(CsrGraph g, int source, int k) {
        long inf = Long.MAX_VALUE;
        long[] d = new long[g.vertexCount()];
        Arrays.fill(d, inf);
        d[source] = 0;
        for (int round = 0; round < k; round++) {
            long[] next = d.clone();
            for (int u = 0; u < g.vertexCount(); u++) {
                if (d[u] == inf) {
                    continue;
                }
                for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                    long w = g.weighted() ? (long) g.weight(a) : 1;
                    next[g.target(a)] = Math.min(next[g.target(a)], d[u] + w);
                }
            }
            d = next;
        }
        return Arrays.stream(d).map(x -> x == inf ? -1 : x).toArray();
    }
}
