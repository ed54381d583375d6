package org.spikegraph.algorithms.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.graph.WeightedPseudograph;

class IndexedGraphProperties {

    @Property(tries = 200)
    void csrArcsMatchJGraphT(
            @ForAll long seed,
            @ForAll boolean directed,
            @ForAll boolean weighted,
            @ForAll @IntRange(min = 0, max = 12) int n,
            @ForAll @IntRange(min = 0, max = 40) int m) {
        Graph<String, ?> g = randomGraph(new Random(seed), directed, weighted, n, m);
        check(g);
    }

    private static <E> void check(Graph<String, E> g) {
        IndexedGraph<String, E> ig = IndexedGraph.of(g);
        CsrGraph csr = ig.csr();
        assertThat(csr.vertexCount()).isEqualTo(g.vertexSet().size());
        assertThat(csr.directed()).isEqualTo(g.getType().isDirected());
        assertThat(csr.weighted()).isEqualTo(g.getType().isWeighted());
        assertThat(csr.edgeCount()).isEqualTo(g.edgeSet().size());
        List<String> expected = new ArrayList<>();
        for (E e : g.edgeSet()) {
            String s = g.getEdgeSource(e);
            String t = g.getEdgeTarget(e);
            double w = g.getEdgeWeight(e);
            expected.add(s + ">" + t + ":" + w);
            if (!csr.directed() && !s.equals(t)) {
                expected.add(t + ">" + s + ":" + w);
            }
        }
        List<String> actual = new ArrayList<>();
        for (int u = 0; u < csr.vertexCount(); u++) {
            assertThat(csr.originalId(u)).isEqualTo(u);
            String uv = ig.vertex(u);
            assertThat(ig.index(uv)).isEqualTo(u);
            for (int a = csr.outStart(u); a < csr.outEnd(u); a++) {
                String tv = ig.vertex(csr.target(a));
                actual.add(uv + ">" + tv + ":" + csr.weight(a));
                E e = ig.edge(a);
                assertThat(g.getEdgeWeight(e)).isEqualTo(csr.weight(a));
                if (csr.directed()) {
                    assertThat(g.getEdgeSource(e)).isEqualTo(uv);
                    assertThat(g.getEdgeTarget(e)).isEqualTo(tv);
                } else {
                    assertThat(List.of(g.getEdgeSource(e), g.getEdgeTarget(e))).containsExactlyInAnyOrder(uv, tv);
                }
                GraphPath<String, E> p = ig.path(u, new int[] {a});
                assertThat(p.getEdgeList()).containsExactly(e);
                assertThat(p.getEndVertex()).isEqualTo(tv);
            }
        }
        Collections.sort(expected);
        Collections.sort(actual);
        assertThat(actual).isEqualTo(expected);
    }

    static Graph<String, ?> randomGraph(Random rnd, boolean directed, boolean weighted, int n, int m) {
        Graph<String, ?> g;
        if (directed) {
            g = weighted ? new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class)
                    : new DirectedPseudograph<>(DefaultEdge.class);
        } else {
            g = weighted ? new WeightedPseudograph<>(DefaultWeightedEdge.class)
                    : new Pseudograph<>(DefaultEdge.class);
        }
        for (int i = 0; i < n; i++) {
            g.addVertex("v" + (n - i)); // insertion order differs from name order
        }
        if (n == 0) {
            return g;
        }
        List<String> vs = new ArrayList<>(g.vertexSet());
        for (int i = 0; i < m; i++) {
            String s = vs.get(rnd.nextInt(n));
            String t = rnd.nextInt(6) == 0 ? s : vs.get(rnd.nextInt(n)); // self-loops
            addEdge(g, s, t, weighted ? rnd.nextInt(21) - 5 + (rnd.nextBoolean() ? 0.5 : 0) : 1.0);
            if (rnd.nextInt(5) == 0) {
                addEdge(g, s, t, weighted ? rnd.nextInt(10) : 1.0); // parallel
            }
        }
        return g;
    }

    private static <E> void addEdge(Graph<String, E> g, String s, String t, double w) {
        E e = g.addEdge(s, t);
        if (g.getType().isWeighted()) {
            g.setEdgeWeight(e, w);
        }
    }
}
